// Money that cannot be misread, and forms people get right first time, in Chromium at 1280 and
// 390 px: "£1,5m" is refused with how to write it; a plan 25% over its target is warned about
// (the total shown as it is typed) and saved when the user confirms; a new proposal is opened
// after its success message.
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, startLedger, waitForText, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const OFFICE = { username: 'money-office', password: 'money-office-password-1', name: 'Money Office', role: 'programme-office', personId: 'person-money-office' };

type Benefit = { benefitId: string; description: string; target: number; baselineSchedule: { period: string; plannedValue: number }[] };

describeInBrowser('money and forms in the web UI (Chromium)', () => {
  jest.setTimeout(180_000);
  let ledger: Ledger;
  let browser: Browser;
  let office: Api;

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    await admin.call('POST', '/users', OFFICE);
    office = await Api.signIn(ledger.baseUrl, OFFICE.username, OFFICE.password);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  async function openAs(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, ledger.baseUrl, OFFICE.username, OFFICE.password);
    await page.waitForLoadState('networkidle');
    await page.goto(`${ledger.baseUrl}/app/programme`);
    await page.getByTestId('programme-name').waitFor();
    await page.waitForLoadState('networkidle');
    return { context, page };
  }

  async function openForm(page: Page, title: string): Promise<Locator> {
    await page.getByRole('button', { name: title }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^(Plan|Register)/ }).last().waitFor();
    return dialog;
  }

  /** The seed's programme's benefits, as the API holds them. */
  const programmeBenefits = async (): Promise<Benefit[]> => (await office.call<{ benefits: Benefit[] }>('GET', '/programmes/met-modernisation')).benefits;

  for (const width of [1280, 390]) {
    it(`at ${width} px: "£1,5m" is refused with its message; a plan over its target is warned about, then saved on confirming`, async () => {
      const { context, page } = await openAs(width);
      const dialog = await openForm(page, 'Plan a programme-level benefit');
      const description = `Savings planned in the browser at ${width} px`;
      // The first field has the focus as the dialog opens, not Close.
      await page.waitForFunction("document.activeElement?.closest('[role=dialog]') && document.activeElement.tagName === 'INPUT'");
      expect(await dialog.getByLabel(/^Benefit id/).evaluate((el) => el.matches(':focus'))).toBe(true);
      await dialog.getByLabel(/^Description/).fill(description);
      await dialog.getByLabel(/^Observable outcome/).fill('Released from the base budget');
      await dialog.getByLabel(/^Measure/).fill('Cashable savings against the 2005/06 base');
      await dialog.getByLabel(/^How it is attributed/).fill('Budget monitoring (illustrative)');
      await dialog.getByLabel(/^Baseline/).fill('0');
      const target = dialog.getByLabel(/^Target/);
      await target.fill('2m');
      // The reading under the field, as it is typed.
      await waitForText(page, 'Reads as £2,000,000');
      const row = dialog.getByRole('group', { name: 'Realisation schedule by period, row 1' });
      await row.getByLabel(/^Period/).fill('2006/07');
      const planned = row.getByLabel(/^Planned value/);
      await planned.fill('£1,5m');
      await waitForText(page, 'Use a point for decimals: £1.5m');

      // Refused on submitting: the message beside the field, the field marked invalid, nothing sent.
      await dialog.getByRole('button', { name: 'Plan a programme-level benefit' }).click();
      await expect(planned.getAttribute('aria-invalid')).resolves.toBe('true');
      const error = page.locator(`#${await planned.getAttribute('aria-describedby').then((ids) => ids?.split(' ').find((id) => id.endsWith('error')))}`);
      expect(await error.textContent()).toBe('Use a point for decimals: £1.5m');
      expect((await programmeBenefits()).some((b) => b.description === description)).toBe(false);

      // 2.5m against a target of 2m: the total is shown, and saving asks first.
      await planned.fill('£2.5m');
      await waitForText(page, 'The schedule comes to £2,500,000; the target is £2,000,000');
      await dialog.getByRole('button', { name: 'Plan a programme-level benefit' }).click();
      const warning = dialog.getByTestId('target-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('The schedule comes to £2,500,000, 25% more than the target of £2,000,000 (the margin is 10%).');
      expect((await programmeBenefits()).some((b) => b.description === description)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `money-over-target-${width}.png`) });

      await warning.getByRole('button', { name: 'Save anyway' }).click();
      await dialog.waitFor({ state: 'detached' });
      await waitForText(page, 'Saved: Plan a programme-level benefit.');
      const saved = (await programmeBenefits()).find((b) => b.description === description);
      expect(saved?.target).toBe(200_000_000);
      expect(saved?.baselineSchedule).toEqual([{ period: '2006/07', plannedValue: 250_000_000 }]);
      await context.close();
    });
  }

  it('a proposal needs a strategic outcome, and is opened after it is registered', async () => {
    const { context, page } = await openAs(1280);
    const dialog = await openForm(page, 'Register a proposal');
    await dialog.getByLabel(/^Title/).fill('Browser-registered proposal');
    await dialog.getByLabel(/^Aims/).fill('Registered through the form');
    await dialog.getByLabel(/^Source document/).fill('Illustrative: the browser test');
    await dialog.getByRole('button', { name: 'Register a proposal' }).click();
    // The API's refusal, in words, beside the field.
    await waitForText(page, 'Choose at least one strategic outcome this proposal supports');
    await dialog.getByRole('group', { name: /^Strategic outcomes it supports/ }).getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Register a proposal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForURL(/\/app\/proposals\/[^/]+$/);
    await waitForText(page, 'Saved: Register a proposal. It is opened below.');
    await page.getByRole('heading', { name: 'Browser-registered proposal' }).waitFor();
    await context.close();
  });
});
