// The web UI in a real browser (Debian's Chromium through playwright-core), against the
// real app built and started on a fresh database: the scenarios of issue 6, and the
// screenshots of the README (docs/screenshots/).
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, signOut, startLedger, waitForText, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
/** The lead's person picker: "Lead" and its required mark, not "Lead name" or "Lead’s role". */
const LEAD_PICKER = /^Lead\W*$/;
const PROPOSAL = 'ui-neighbourhood-contact-points';
const BENEFIT = 'ui-contact-points-savings';
const USERS = {
  office: { username: 'ui-office', password: 'ui-office-password-1', name: 'Programme Office (browser test)', role: 'programme-office', personId: 'person-ui-office' },
  lead: { username: 'ui-lead', password: 'ui-lead-password-12', name: 'Jane Lead', role: 'lead', personId: 'person-ui-lead' },
  committee: { username: 'ui-committee', password: 'ui-committee-password', name: 'Oversight Committee Member', role: 'oversight-committee', personId: 'person-ui-committee' },
};

describeInBrowser('the web UI in Chromium', () => {
  jest.setTimeout(120_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let office: Api;
  /** A moment after the benefit was planned and before the lead reported it. */
  let beforeReport: string;

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of Object.values(USERS)) await admin.call('POST', '/users', user);
    office = await Api.signIn(ledger.baseUrl, USERS.office.username, USERS.office.password);
    const snapshot = await office.call('GET', '/programmes/met-modernisation');
    // Arranged through the API: a newly registered proposal, as the programme office would have it.
    await office.call('POST', '/programmes/met-modernisation/proposals', {
      proposalId: PROPOSAL,
      title: 'Neighbourhood contact points',
      aims: 'Contact points in libraries and supermarkets so that front counters can close.',
      source: { document: 'Browser test', paragraph: '1' },
      outcomeIds: [snapshot.programme.outcomes[0].outcomeId],
      priorityIds: [snapshot.programme.priorities[0].priorityId],
    });
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

  const dialog = () => page.getByRole('dialog');

  it('the programme office agrees a proposal and assigns a lead', async () => {
    await signIn(page, ledger.baseUrl, USERS.office.username, USERS.office.password);
    await page.getByRole('link', { name: 'Proposals', exact: true }).click();
    await page.getByLabel(/^Status/).selectOption('registered');
    await page.getByRole('link', { name: 'Neighbourhood contact points' }).click();
    await waitForText(page, 'Registered');

    await page.getByRole('button', { name: 'Agree the proposal' }).click();
    await dialog().getByLabel(/^Forum/).selectOption('Authority');
    await dialog().getByLabel(/^Decision date/).fill('2006-03-23');
    await dialog().getByLabel(/^Meeting/).fill('Metropolitan Police Authority, 23 March 2006');
    await dialog().getByLabel(/^Minute reference/).fill('MPA 23/03/2006, item 7');
    await dialog().getByRole('button', { name: 'Agree the proposal' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Neighbourhood contact points' }).locator('..').getByText('Agreed').waitFor();

    await page.getByRole('button', { name: 'Assign the lead' }).click();
    // The lead is picked from the people directory; the pick fills in their name.
    await dialog().getByLabel(LEAD_PICKER).fill('Jane');
    await page.getByRole('option', { name: /Jane Lead/ }).click();
    expect(await dialog().getByLabel(/^Lead name/).inputValue()).toBe(USERS.lead.name);
    await dialog().getByLabel(/^Lead’s role/).fill('Director of Neighbourhood Services');
    await dialog().getByLabel(/^Effective from/).fill('2006-04-01');
    await dialog().getByRole('button', { name: 'Assign the lead' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('lead-history').getByText(USERS.lead.name).waitFor();
    await waitForText(page, /Lead: Jane Lead, Director of Neighbourhood Services/);
  });

  it('shows a validation error next to its field', async () => {
    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.getByRole('button', { name: 'Register a proposal' }).click();
    await dialog().getByLabel(/^Title/).fill('A proposal without aims');
    await dialog().getByRole('button', { name: 'Register a proposal' }).click();
    // The API's 400 names the field; the form puts its message under that field.
    const aims = dialog().getByLabel(/^Aims/);
    await dialog().locator('textarea[aria-invalid="true"]').first().waitFor();
    expect(await aims.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await aims.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages.join(' ')).toMatch(/aims/i);
    // The title, which was given, carries no error.
    expect(await dialog().getByLabel(/^Title/).getAttribute('aria-invalid')).not.toBe('true');
    // The form was changed: closing it asks first (issue 17), and the answer here is yes.
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('explains a stale edit: someone else changed the proposal first', async () => {
    await page.goto(`${ledger.baseUrl}/app/proposals/${PROPOSAL}`);
    await page.getByRole('button', { name: 'Record a delivery confidence rating' }).click();
    await dialog().getByLabel(/^Rating/).selectOption('amber');
    await dialog().getByLabel(/^Commentary/).fill('Sites agreed with three boroughs; libraries still in negotiation.');
    // Meanwhile, someone else records something on the same proposal.
    const impacts = Object.fromEntries(
      ['age', 'disability', 'gender-reassignment', 'marriage-and-civil-partnership', 'pregnancy-and-maternity', 'race', 'religion-or-belief', 'sex', 'sexual-orientation'].map((c) => [c, 'neutral']),
    );
    await office.call('POST', `/proposals/${PROPOSAL}/equality-impact-assessments`, {
      assessmentId: 'eia-ui-contact-points',
      screeningOutcome: 'no-significant-impact',
      impacts,
      evidence: 'Screening with the Diversity Directorate',
      assessedOn: '2006-04-10',
      reviewDate: '2007-04-01',
    });
    await dialog().getByRole('button', { name: 'Record a delivery confidence rating' }).click();
    await dialog().getByText('Someone else changed this record first').waitFor();
    await dialog().getByText(/nothing was recorded/).waitFor();
    // Reload keeps what was typed; submitting again records it against the latest version.
    await dialog().getByRole('button', { name: 'Reload the latest version' }).click();
    await dialog().getByText('Reloaded').waitFor();
    expect(await dialog().getByLabel(/^Commentary/).inputValue()).toMatch(/Sites agreed/);
    await dialog().getByRole('button', { name: 'Record a delivery confidence rating' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Equality impact assessments' }).waitFor();
    await waitForText(page, /Sites agreed with three boroughs/);
  });

  it('takes the dashboard screenshot, and the dashboard fits a narrow screen', async () => {
    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.getByTestId('programme-name').waitFor();
    await waitForText(page, 'Outcome coverage');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('programme-name').waitFor();
    // (a function, not a string: the app's Content-Security-Policy forbids eval)
    const overflow = await page.evaluate(() => {
      const root = (globalThis as any).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the lead signs in and reports a benefit', async () => {
    // Arranged through the API: the benefit the lead will report against.
    await office.call('POST', `/proposals/${PROPOSAL}/benefits`, {
      benefitId: BENEFIT,
      description: 'Savings from closing little-used front counters',
      observableOutcome: 'Front counter costs released from the base budget',
      measure: 'Cashable savings a year',
      unit: 'GBP-pence',
      attribution: 'Estates and staffing budgets of the counters closed',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: USERS.lead.personId,
      ownerName: USERS.lead.name,
      baseline: 0,
      target: 50_000_000,
      schedule: [
        { period: '2006/07', plannedValue: 20_000_000 },
        { period: '2007/08', plannedValue: 50_000_000 },
      ],
    });
    await new Promise((r) => setTimeout(r, 1_100));
    beforeReport = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    await new Promise((r) => setTimeout(r, 1_100));

    await signOut(page);
    await signIn(page, ledger.baseUrl, USERS.lead.username, USERS.lead.password);
    // A lead's home is "my proposals", with the quick report form.
    await page.getByRole('heading', { name: 'My proposals' }).waitFor();
    await page.getByRole('link', { name: 'Neighbourhood contact points' }).waitFor();
    const form = page.getByRole('form', { name: 'Report a realised benefit' });
    await form.getByLabel(/^Benefit/).selectOption(BENEFIT);
    await form.getByLabel(/^Period/).selectOption('2006/07');
    await form.getByLabel(/^Actual for the period/).fill('1,800,000');
    await form.getByLabel(/^Evidence/).fill('Outturn report 2006/07');
    await form.getByLabel(/^Commentary/).fill('Nine counters closed by March 2007');
    await form.getByRole('button', { name: 'Report the benefit' }).click();
    await waitForText(page, /Recorded at position \d+/);
    await page.getByRole('link', { name: 'Neighbourhood contact points' }).click();
    await waitForText(page, /realised to date £1,800,000/);
  });

  it('a lead cannot see forms for a proposal they do not lead', async () => {
    // Their own proposal offers the lead's commands…
    await page.getByRole('button', { name: 'Report a realised benefit' }).waitFor();
    await page.getByRole('button', { name: 'Submit a business case' }).waitFor();
    // …another lead's offers none.
    await page.goto(`${ledger.baseUrl}/app/proposals/mmp-safer-neighbourhoods`);
    await page.getByTestId('not-your-proposal').waitFor();
    await page.getByRole('heading', { name: 'Benefits' }).waitFor();
    for (const name of ['Report a realised benefit', 'Re-forecast the benefit', 'Submit a business case', 'Plan a benefit', 'Record a delivery confidence rating']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('region', { name: 'Actions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Correct / }).count()).toBe(0);
  });

  it('a committee member sees the report in the audit trail and, as at before it, the programme without it', async () => {
    await signOut(page);
    await signIn(page, ledger.baseUrl, USERS.committee.username, USERS.committee.password);
    await page.getByRole('heading', { name: 'Committee view' }).waitFor();

    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByLabel(/^Event type/).selectOption('BenefitRealised');
    const report = page.getByTestId('audit-table').getByText(/Savings from closing little-used front counters" realised £1,800,000 for 2006\/07/);
    await report.waitFor();
    await page.getByTestId('audit-table').getByText(USERS.lead.name).first().waitFor();

    // As at a moment before the report: every page shows the programme as it stood then.
    await page.getByRole('link', { name: 'Committee view', exact: true }).click();
    const local = await page.evaluate((iso) => {
      const d = new Date(iso);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    }, beforeReport);
    await page.getByLabel(/^As at/).fill(local);
    await page.getByRole('button', { name: 'Show the programme as at then' }).click();
    await page.getByTestId('as-at-banner').waitFor();
    await waitForText(page, /Built from the \d+ events recorded up to that moment/);
    await page.screenshot({ path: join(SCREENSHOTS, 'committee.png'), fullPage: true });

    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByLabel(/^Event type/).selectOption('BenefitRealised');
    await page.getByTestId('audit-table').getByText(/realised .* for 2006\/07/).first().waitFor();
    expect(await report.count()).toBe(0);

    await page.goto(`${ledger.baseUrl}/app/proposals/${PROPOSAL}`);
    await page.getByTestId('as-at-banner').waitFor();
    await page.getByTestId(`benefit-${BENEFIT}`).waitFor();
    await waitForText(page, /realised to date £0 /);
    expect(await page.getByText(/realised to date £1,800,000/).count()).toBe(0);

    // Back to now: the report is there again.
    await page.getByRole('button', { name: 'Back to now' }).click();
    await waitForText(page, /realised to date £1,800,000/);
    expect(await page.getByTestId('as-at-banner').count()).toBe(0);
  });

  it('a committee member sees the demo programme in effect on 29 September 2005 (business time)', async () => {
    await page.getByRole('link', { name: 'Committee view', exact: true }).click();
    await page.getByLabel('In effect on').fill('2005-09-29');
    await page.getByRole('button', { name: 'Show the programme on that day' }).click();
    await waitForText(page, /In effect on .*2005: you are looking at the programme as the record tells it on that day/);
    await waitForText(page, /Built from the \d+ events in effect on that day/);
    await page.screenshot({ path: join(SCREENSHOTS, 'committee-in-effect-on.png'), fullPage: true });
    // Agreed and led that day; delivery starts on 1 April 2006.
    await page.goto(`${ledger.baseUrl}/app/proposals/mmp-safer-neighbourhoods`);
    await page.getByTestId('as-at-banner').waitFor();
    expect(await page.getByTestId('status-badge').first().textContent()).toBe('Agreed');
    await page.getByRole('button', { name: 'Back to now' }).click();
    expect(await page.getByTestId('as-at-banner').count()).toBe(0);
  });

  it('takes the proposal page screenshot', async () => {
    await page.goto(`${ledger.baseUrl}/app/proposals/mmp-safer-neighbourhoods`);
    await page.getByTestId(`benefit-mmp-sn-ward-coverage`).waitFor();
    await page.getByRole('heading', { name: 'Audit timeline' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.screenshot({ path: join(SCREENSHOTS, 'proposal.png') });
  });
});
