// The committee pack and the audit chain from the web UI's committee view, in a real
// browser: a committee member downloads the pack as PDF and checks the history.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, startLedger, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const COMMITTEE = { username: 'pack-committee', password: 'pack-committee-password', name: 'Pack Committee Member', role: 'oversight-committee', personId: 'person-pack-committee' };

describeInBrowser('the committee pack in the web UI (Chromium)', () => {
  jest.setTimeout(120_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    await admin.call('POST', '/users', COMMITTEE);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  it('a committee member downloads the pack as PDF, sees the chain head it names, and verifies the history', async () => {
    await signIn(page, ledger.baseUrl, COMMITTEE.username, COMMITTEE.password);
    // A committee member's home is the committee view too: load the route's own page afresh and
    // let it settle, or the pack may be built by Home's copy just as the route replaces it (seen in CI).
    await page.waitForLoadState('networkidle');
    await page.goto(`${ledger.baseUrl}/app/committee`);
    const packSection = page.getByRole('region', { name: 'Committee pack' });
    await packSection.waitFor();
    await page.waitForLoadState('networkidle');

    const [download] = await Promise.all([page.waitForEvent('download'), packSection.getByRole('button', { name: 'PDF', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^committee-pack-met-modernisation-\d{4}-\d{2}-\d{2}-head-\d+\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const built = page.getByTestId('pack-built');
    await built.waitFor();
    expect(await built.textContent()).toMatch(/built from chain head \d+ [0-9a-f]{64}, digest [0-9a-f]{64}/);

    const chainSection = page.getByRole('region', { name: 'Audit chain' });
    await chainSection.getByTestId('chain-head').waitFor();
    await chainSection.getByRole('button', { name: 'Verify the history' }).click();
    await page.getByTestId('verification').getByText('The history verifies').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'committee-pack.png'), fullPage: true });
  });
});
