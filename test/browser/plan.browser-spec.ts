// The plan's performance in a real browser: the office defines an objective, an indicator and
// its target; the accountable member reports an actual outside tolerance; a committee member
// sees it off track, with who is accountable, on the Plan and performance page.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, startLedger, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const OFFICE = { username: 'plan-office', password: 'plan-office-password-1', name: 'Plan Office', role: 'programme-office' };
const ACCOUNTABLE = { username: 'plan-lead', password: 'plan-lead-password-12', name: 'AC Plan Lead', role: 'lead', personId: 'person-plan-lead' };
const COMMITTEE = { username: 'plan-committee', password: 'plan-committee-password', name: 'Plan Committee Member', role: 'oversight-committee' };

describeInBrowser('plan and performance in the web UI (Chromium)', () => {
  jest.setTimeout(120_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of [OFFICE, ACCOUNTABLE, COMMITTEE]) await admin.call('POST', '/users', user);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  it('an actual outside tolerance shows off track with the accountable member', async () => {
    const office = await Api.signIn(ledger.baseUrl, OFFICE.username, OFFICE.password);
    await office.call('POST', '/plans/policing-plan-2006-07/objectives', {
      objectiveId: 'browser-objective',
      priorityId: 'citizen-focus',
      title: 'Raise satisfaction with our service',
      accountable: { personId: ACCOUNTABLE.personId, name: ACCOUNTABLE.name },
      criticalFocus: true,
      definedOn: '2006-04-01',
    });
    await office.call('POST', '/objectives/browser-objective/indicators', {
      indicatorId: 'satisfaction',
      title: 'Victims satisfied with the service',
      unit: '%',
      direction: 'higher-is-better',
      dataSource: 'User satisfaction survey',
      tolerance: 2,
      definedOn: '2006-04-01',
    });
    await office.call('POST', '/objectives/browser-objective/indicators/satisfaction/targets', { period: '2006/07', value: 80 });
    const lead = await Api.signIn(ledger.baseUrl, ACCOUNTABLE.username, ACCOUNTABLE.password);
    await lead.call('POST', '/objectives/browser-objective/indicators/satisfaction/actuals', { period: '2006/07', value: 74, reportedOn: '2007-04-20' });

    await signIn(page, ledger.baseUrl, COMMITTEE.username, COMMITTEE.password);
    await page.goto(`${ledger.baseUrl}/app/plan`);
    const offTrack = page.getByTestId('off-track');
    await offTrack.getByText('Victims satisfied with the service').waitFor();
    const row = offTrack.getByRole('row', { name: /Victims satisfied/ });
    expect(await row.textContent()).toContain('AC Plan Lead');
    expect(await row.textContent()).toContain('74');
    // The seed's own off-track objective is there too, and the funding gap of 002 Appendix 3.
    await offTrack.getByText('Wards with a Safer Neighbourhoods team').waitFor();
    expect(await page.getByTestId('funding').textContent()).toContain('2006/07');
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-performance.png'), fullPage: true });
  });
});
