// People in a real browser: the programme office picks a proposal's lead from the people
// directory (searching by name, each shown with their post), at 1280 and 390 px; a typo'd
// person id that reaches the API (it can no longer be typed into the form) is refused with
// the field's message, under the picker.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, startLedger, waitForText, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
/** The lead's person picker: "Lead" and its required mark, not "Lead name" or "Lead’s role". */
const LEAD_PICKER = /^Lead\W*$/;
const OFFICE = { username: 'people-office', password: 'people-office-password', name: 'People Office', role: 'programme-office', personId: 'person-people-office' };
const TYPO_MESSAGE = "No person with id 'tim-godwin' — pick someone from the people directory";

describeInBrowser('picking a person in the web UI (Chromium)', () => {
  jest.setTimeout(120_000);
  let ledger: Ledger;
  let browser: Browser;
  let office: Api;

  /** A proposal agreed by the Authority, ready for its lead. */
  const agreedProposal = async (proposalId: string, title: string) => {
    const snapshot = await office.call('GET', '/programmes/met-modernisation');
    await office.call('POST', '/programmes/met-modernisation/proposals', {
      proposalId,
      title,
      aims: 'A proposal for the people picker',
      source: { document: 'Browser test', paragraph: '1' },
      outcomeIds: [snapshot.programme.outcomes[0].outcomeId],
      priorityIds: [],
    });
    await office.call('POST', `/proposals/${proposalId}/agreement`, { forum: 'Authority', decisionDate: '2006-03-23', meeting: 'Metropolitan Police Authority', minuteReference: 'MPA 23/03/2006, item 7' });
  };

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    await admin.call('POST', '/users', OFFICE);
    office = await Api.signIn(ledger.baseUrl, OFFICE.username, OFFICE.password);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const at = async (width: number, run: (page: Page) => Promise<void>) => {
    const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await signIn(page, ledger.baseUrl, OFFICE.username, OFFICE.password);
      await run(page);
    } finally {
      await context.close();
    }
  };

  const openAssignLead = async (page: Page, proposalId: string) => {
    await page.goto(`${ledger.baseUrl}/app/proposals/${proposalId}`);
    await page.getByRole('button', { name: 'Assign the lead' }).click();
    return page.getByRole('dialog');
  };

  it.each([1280, 390])('picks the lead from the people directory by name, at %i px', async (width) => {
    const proposalId = `people-picker-${width}`;
    await agreedProposal(proposalId, `People picker at ${width} px`);
    await at(width, async (page) => {
      const dialog = await openAssignLead(page, proposalId);
      // Part of a name, in any case: the seed's lead, shown with their post.
      await dialog.getByLabel(LEAD_PICKER).fill('godwin');
      const option = page.getByRole('option', { name: /AC Tim Godwin/ });
      await option.waitFor();
      expect(await option.textContent()).toContain('Management Board lead');
      // A past post-holder without an account is in the directory too.
      await dialog.getByLabel(LEAD_PICKER).fill('successor');
      await page.getByRole('option', { name: /Programme director \(successor to Stephen Rimmer\)/ }).waitFor();
      await dialog.getByLabel(LEAD_PICKER).fill('godwin');
      await page.screenshot({ path: join(SCREENSHOTS, `people-picker-${width}.png`) });
      await option.click();
      // The pick fills in the name and the post; both can still be edited.
      expect(await dialog.getByLabel(/^Lead name/).inputValue()).toBe('AC Tim Godwin');
      expect(await dialog.getByLabel(/^Lead’s role/).inputValue()).toBe('Management Board lead');
      await dialog.getByLabel(/^Lead’s role/).fill('Assistant Commissioner, Territorial Policing');
      await dialog.getByLabel(/^Effective from/).fill('2006-04-01');
      await dialog.getByRole('button', { name: 'Assign the lead' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('lead-history').getByText('AC Tim Godwin').waitFor();
      const lead = await office.call('GET', `/proposals/${proposalId}`);
      expect(lead.lead).toMatchObject({ leadId: 'person-tim-godwin', leadName: 'AC Tim Godwin' });
    });
  });

  it('refuses a typo’d person id sent to the API, with the field’s message under the picker', async () => {
    const proposalId = 'people-typo';
    await agreedProposal(proposalId, 'People typo');
    // Straight to the API: refused, naming the field, and the proposal keeps no lead.
    const response = await fetch(`${ledger.baseUrl}/proposals/${proposalId}/lead-assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${(await login()).accessToken}` },
      body: JSON.stringify({ leadId: 'tim-godwin', leadName: 'AC Tim Godwin', leadRole: 'AC', effectiveDate: '2006-04-01' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'UNKNOWN_PERSON', field: 'leadId', message: TYPO_MESSAGE });
    expect((await office.call('GET', `/proposals/${proposalId}`)).lead).toBeNull();

    // Through the page, the id on its way changed to the typo (as an old client or a hand-edited
    // request would send it): the API's message appears under the Lead picker, and nothing is saved.
    for (const width of [1280, 390]) {
      await at(width, async (page) => {
        await page.route('**/proposals/*/lead-assignments', (route) =>
          route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), leadId: 'tim-godwin' }) }),
        );
        const dialog = await openAssignLead(page, proposalId);
        await dialog.getByLabel(LEAD_PICKER).fill('godwin');
        await page.getByRole('option', { name: /AC Tim Godwin/ }).click();
        await dialog.getByLabel(/^Effective from/).fill('2006-04-01');
        await dialog.getByRole('button', { name: 'Assign the lead' }).click();
        await waitForText(page, TYPO_MESSAGE);
        expect(await dialog.getByLabel(LEAD_PICKER).getAttribute('aria-invalid')).toBe('true');
        // The list opens as the field takes the focus: closed, so the message shows in the picture.
        await dialog.getByRole('heading', { name: 'Assign the lead' }).click();
        await dialog.getByText(TYPO_MESSAGE).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `people-typo-refused-${width}.png`) });
      });
    }
    expect((await office.call('GET', `/proposals/${proposalId}`)).lead).toBeNull();
  });

  async function login(): Promise<{ accessToken: string }> {
    const response = await fetch(`${ledger.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: OFFICE.username, password: OFFICE.password }),
    });
    return (await response.json()) as { accessToken: string };
  }
});
