// Each role's pages in a real browser: what a review of the web UI found broken — requests
// the API refuses (an administrator's pages asked for the programmes), pages opened by a
// role they are not for, a decision form that defaulted to a forum the office may not
// record, truncated status badges, and the administrator's missing user actions.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, signOut, startLedger, type Ledger } from './support';

const USERS = {
  office: { username: 'roles-office', password: 'roles-office-password', name: 'Roles Office', role: 'programme-office', personId: 'person-roles-office' },
  lead: { username: 'roles-lead', password: 'roles-lead-password-1', name: 'Roles Lead', role: 'lead', personId: 'person-roles-lead' },
};

describeInBrowser('the web UI for each role (Chromium)', () => {
  jest.setTimeout(120_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Responses of 400 and above since the last reset, as "status method path". */
  let failures: string[] = [];

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of Object.values(USERS)) await admin.call('POST', '/users', user);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  it('sign-in asks for nothing it is refused, and says under the field what is missing', async () => {
    failures = [];
    await page.goto(`${ledger.baseUrl}/app/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const username = page.getByLabel(/^User name/);
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await username.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages.join(' ')).toMatch(/Enter your user name/);
    expect(failures).toEqual([]);
  });

  it('the administrator works on users without refused requests, and manages an account from its row', async () => {
    failures = [];
    await signIn(page, ledger.baseUrl, 'administrator', ledger.adminPassword);
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: USERS.lead.username });
    await row.waitFor();
    expect(failures).toEqual([]);

    await row.getByRole('button', { name: 'Change the role' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Role/).selectOption('oversight-committee');
    await dialog.getByLabel(/^Why the role changes/).fill('Joined the oversight committee');
    await dialog.getByRole('button', { name: 'Change the role' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Oversight committee').waitFor();

    // A page for other roles says so, rather than rendering empty.
    await page.goto(`${ledger.baseUrl}/app/programme`);
    await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
    expect(failures).toEqual([]);
    await signOut(page);
  });

  it('the programme office records a decision with the form as it opens, and sees statuses in full', async () => {
    await signIn(page, ledger.baseUrl, USERS.office.username, USERS.office.password);
    // The dashboard's own page, loaded afresh (the session is kept), and nothing left in flight:
    // a route change or a first load finishing after the dialog opened would unmount it (seen in CI).
    await page.waitForLoadState('networkidle');
    await page.goto(`${ledger.baseUrl}/app/programme`);
    await page.getByTestId('programme-name').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Record a decision' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Subject/).waitFor();
    // The office records the Authority's and the Board's decisions, never a committee's.
    const forums = await dialog.getByLabel(/^Forum/).locator('option').allTextContents();
    expect(forums).not.toContain('Committee');
    await dialog.getByLabel(/^Subject/).fill('Roles test decision');
    await dialog.getByLabel(/^Rationale/).fill('Recorded by the browser test');
    await dialog.getByLabel(/^Minute reference/).fill('RT/1');
    // Enter submits, as a person at a keyboard would. (A click straight after typing could land
    // while the auto-growing rationale still moved the button, on the overlay, closing the dialog.)
    await dialog.getByLabel(/^Minute reference/).press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Proposals', exact: true }).click();
    const badge = page.locator('.mantine-Badge-root', { hasText: 'Not taken forward' }).first();
    await badge.waitFor();
    const cut = await badge.evaluate((el) => {
      const label = el.querySelector('.mantine-Badge-label') ?? el;
      return label.scrollWidth > label.clientWidth + 1;
    });
    expect(cut).toBe(false);
    await signOut(page);
  });
});
