// The plan's performance in a real browser, through its forms: the office defines an objective
// (with its accountable member), an indicator and a target; the accountable member, signed in as
// that lead, reports an actual outside tolerance; the dashboard and the performance page show it
// off track with who is accountable. Screenshots of the plan's pages at 1280 and 390 px.
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, signOut, startLedger, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const OFFICE = { username: 'plan-office', password: 'plan-office-password-1', name: 'Plan Office', role: 'programme-office' };
const ACCOUNTABLE = { username: 'plan-lead', password: 'plan-lead-password-12', name: 'AC Plan Lead', role: 'lead', personId: 'person-plan-lead' };
const OTHER_LEAD = { username: 'plan-other-lead', password: 'plan-other-lead-password', name: 'DAC Other Lead', role: 'lead', personId: 'person-other-lead' };
const COMMITTEE = { username: 'plan-committee', password: 'plan-committee-password', name: 'Plan Committee Member', role: 'oversight-committee' };
const OBJECTIVE = 'Raise satisfaction with our service';
const INDICATOR = 'Victims satisfied with the service';

/** A form field by its label, whether or not the label carries the required asterisk. */
const field = (scope: Locator | Page, label: string) => scope.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`));

describeInBrowser('plan and performance in the web UI (Chromium)', () => {
  jest.setTimeout(180_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialog = () => page.getByRole('dialog');

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of [OFFICE, ACCOUNTABLE, OTHER_LEAD, COMMITTEE]) await admin.call('POST', '/users', user);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  }, 360_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  /** Submits the open form and waits for it to close (a refusal would keep it open, with its message). */
  async function submit(label: string): Promise<void> {
    await dialog().getByRole('button', { name: label, exact: true }).click();
    await dialog().waitFor({ state: 'detached', timeout: 15_000 });
  }

  it('the office defines an objective, its indicator and a target through the forms', async () => {
    await signIn(page, ledger.baseUrl, OFFICE.username, OFFICE.password);
    await page.goto(`${ledger.baseUrl}/app/performance`);
    await page.getByRole('button', { name: 'Define an objective' }).click();
    await field(dialog(), 'Objective id').fill('browser-objective');
    await field(dialog(), 'Under the priority').selectOption({ label: 'Citizen focus' });
    await field(dialog(), 'Objective').fill(OBJECTIVE);
    // The accountable member is picked from the people directory by part of their name; the pick fills the name.
    await dialog().getByLabel(/^Person\W*$/).fill('Plan Lead');
    await page.getByRole('option', { name: new RegExp(ACCOUNTABLE.name) }).click();
    expect(await field(dialog(), 'Name').inputValue()).toBe(ACCOUNTABLE.name);
    await field(dialog(), 'A critical focus area of the plan').check();
    await field(dialog(), 'Defined on').fill('2006-04-01');
    await submit('Define an objective');

    const objective = page.getByTestId('objective-browser-objective');
    await objective.getByText(`${ACCOUNTABLE.name}`).waitFor();
    expect(await objective.textContent()).toContain('Critical focus');
    await objective.getByRole('button', { name: 'Define an indicator' }).click();
    await field(dialog(), 'Indicator id').fill('satisfaction');
    await field(dialog(), 'Indicator').fill(INDICATOR);
    await field(dialog(), 'Unit').fill('%');
    await field(dialog(), 'Direction').selectOption('higher-is-better');
    await field(dialog(), 'Data source').fill('User satisfaction survey');
    await field(dialog(), 'Tolerance').fill('2');
    await field(dialog(), 'Defined on').fill('2006-04-01');
    await submit('Define an indicator');

    const indicator = page.getByTestId('indicator-satisfaction');
    await indicator.getByRole('button', { name: 'Set a target' }).click();
    await field(dialog(), 'Year').selectOption('2006/07');
    await field(dialog(), 'Target').fill('80');
    await submit('Set a target');
    await indicator.getByText('Target 80 %').waitFor();
    // No actual yet: neither on nor off track.
    expect(await indicator.textContent()).toContain('No data');
    await signOut(page);
  });

  it('only the accountable lead may report: another lead sees no report form', async () => {
    await signIn(page, ledger.baseUrl, OTHER_LEAD.username, OTHER_LEAD.password);
    await page.goto(`${ledger.baseUrl}/app/performance`);
    const indicator = page.getByTestId('indicator-satisfaction');
    // Exact: once its chart's code has loaded, the chart's captions name the indicator too.
    await indicator.getByText(INDICATOR, { exact: true }).waitFor();
    expect(await indicator.getByRole('button', { name: 'Report the actual' }).count()).toBe(0);
    await signOut(page);
  });

  it('the accountable member reports an actual outside tolerance; the dashboard and the performance page show it off track with who is accountable', async () => {
    await signIn(page, ledger.baseUrl, ACCOUNTABLE.username, ACCOUNTABLE.password);
    // The moment before the report: the performance page as at then shows no actual yet.
    const beforeReport = new Date().toISOString();
    await page.goto(`${ledger.baseUrl}/app/performance`);
    const indicator = page.getByTestId('indicator-satisfaction');
    await indicator.getByRole('button', { name: 'Report the actual' }).click();
    await field(dialog(), 'Year').selectOption('2006/07');
    await field(dialog(), 'Actual').fill('74');
    await field(dialog(), 'Reported on').fill('2007-04-20');
    await submit('Report the actual');
    await indicator.getByText('Off track').waitFor();
    // Reported once: the next is a correction, which the lead may make too.
    expect(await indicator.getByRole('button', { name: 'Report the actual' }).count()).toBe(0);
    expect(await indicator.getByRole('button', { name: 'Correct the actual' }).count()).toBe(1);
    await signOut(page);

    await signIn(page, ledger.baseUrl, COMMITTEE.username, COMMITTEE.password);
    await page.goto(`${ledger.baseUrl}/app/programme`);
    const panel = page.getByTestId('dashboard-off-track');
    await panel.getByText(INDICATOR).waitFor();
    const item = panel.getByRole('listitem').filter({ hasText: INDICATOR });
    expect(await item.textContent()).toContain(`Accountable: ${ACCOUNTABLE.name}`);
    expect(await item.textContent()).toContain('74 % against a target of 80 %');
    // The seed's own off-track indicator (Illustrative) is counted too.
    await panel.getByText('Wards with a Safer Neighbourhoods team').waitFor();
    expect(Number(await page.getByTestId('dashboard-off-track-count').textContent())).toBe(await panel.getByRole('listitem').count());
    await page.locator('section[aria-labelledby="dashboard-off-track"]').screenshot({ path: join(SCREENSHOTS, 'plan-dashboard-off-track.png') });

    await panel.getByRole('link', { name: 'Performance' }).click();
    const offTrack = page.getByTestId('off-track');
    await offTrack.getByText(INDICATOR).waitFor();
    const row = offTrack.getByRole('row', { name: new RegExp(INDICATOR) });
    expect(await row.textContent()).toContain(ACCOUNTABLE.name);
    expect(await row.textContent()).toContain('74 %');
    expect(await row.textContent()).toContain('80 %');
    // The chart is drawn once its code has loaded on demand.
    await page.getByTestId('indicator-satisfaction').locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-performance.png'), fullPage: true });

    // The committee's pack for a meeting today says the same: off track, and who is accountable.
    const committee = await Api.signIn(ledger.baseUrl, COMMITTEE.username, COMMITTEE.password);
    const today = new Date().toISOString().slice(0, 10);
    const pack = await committee.call<{ performance?: { indicators: { indicator: string; status: string; accountable: string; actual: number | null; target: number | null }[] }[] }>(
      'GET',
      `/programmes/met-modernisation/committee-pack?meeting=${today}`,
    );
    const packed = (pack.performance ?? []).flatMap((p) => p.indicators).find((i) => i.indicator === INDICATOR);
    expect(packed).toMatchObject({ status: 'off-track', accountable: ACCOUNTABLE.name, actual: 74, target: 80 });

    // As at the moment before the report (in the URL, like every page): no actual, nothing to do.
    await page.goto(`${ledger.baseUrl}/app/performance?asAt=${encodeURIComponent(beforeReport)}`);
    await page.getByTestId('as-at-banner').waitFor();
    const then = page.getByTestId('indicator-satisfaction');
    await then.getByText('No data').waitFor();
    expect(await then.textContent()).toContain('actual —');
    expect(await page.getByTestId('off-track').textContent()).not.toContain(INDICATOR);
    await page.getByRole('button', { name: 'Back to now' }).click();
    await page.getByTestId('indicator-satisfaction').getByText('Off track').waitFor();
  });

  it('the plan page shows the strategy, the priorities in tiers and how the plan changed; the funding view the gap per year', async () => {
    await signOut(page);
    await signIn(page, ledger.baseUrl, OFFICE.username, OFFICE.password);
    await page.goto(`${ledger.baseUrl}/app/plan`);
    await page.getByText('Working together for a safer London', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Priorities for Londoners' }).waitFor();
    // The office rewords a priority with a reason: the old wording and the reason stay in view.
    const priority = page.getByTestId('priority-together');
    await priority.getByRole('button', { name: 'Reword the priority' }).click();
    await field(dialog(), 'New wording').fill('Together: working with partners and communities');
    await field(dialog(), 'Why the wording changes').fill('Management Board asked for the partners to be named');
    await field(dialog(), 'Reworded on').fill('2006-06-01');
    await submit('Reword the priority');
    await priority.getByText('Earlier wording: “Together”').waitFor();
    const history = await page.getByTestId('plan-history').textContent();
    expect(history).toContain('Plan adopted');
    expect(history).toContain('1 Jun 2006 · Priority reworded to “Together: working with partners and communities”');
    expect(history).toContain('Reason: Management Board asked for the partners to be named');
    // Afresh from the top, without the form's "saved" message, for the screenshot.
    await page.reload();
    await page.getByText('Earlier wording: “Together”').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-strategy.png'), fullPage: true });

    await page.goto(`${ledger.baseUrl}/app/funding`);
    const funding = page.getByTestId('funding');
    await funding.getByText('2006/07').waitFor();
    expect(await funding.textContent()).toMatch(/£[\d,]+/);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-funding.png'), fullPage: true });
  });

  it('the plan’s pages fit a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      ['/app/performance', 'plan-performance-390'],
      ['/app/plan', 'plan-strategy-390'],
      ['/app/funding', 'plan-funding-390'],
    ]) {
      await page.goto(`${ledger.baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 20_000 });
      // Nothing wider than the screen but the tables' own scroll boxes.
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(`${path}: ${overflow}`).toBe(`${path}: 0`);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    }
  });
});
