// WCAG 2.2 AA in a real browser (issue 17): axe-core on every page, for every role, at a
// desktop and a phone width; the phone layout (pinned key column, the user's name in the
// menu); form feedback (success message, first field focused, a guard on closing a changed
// form); and the as-at moment in a URL that can be shared.
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, startLedger, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const PROGRAMME = 'met-modernisation';
const USERS = {
  office: { username: 'a11y-office', password: 'a11y-office-password', name: 'Accessibility Office', role: 'programme-office', personId: 'person-a11y-office' },
  lead: { username: 'a11y-lead', password: 'a11y-lead-password-1', name: 'Accessibility Lead', role: 'lead', personId: 'person-a11y-lead' },
  committee: { username: 'a11y-committee', password: 'a11y-committee-password', name: 'Accessibility Committee', role: 'oversight-committee', personId: 'person-a11y-committee' },
};
// A meeting of the demo (report 001 names it), with its agenda, the actions due at it and the pack's matters arising.
const MEETING = 'mmp-oversight-2006-03-09';
const ROLE_PAGES: Record<string, string[]> = {
  office: ['/app', '/app/programme', '/app/proposals', 'PROPOSAL', '/app/performance', '/app/plan', '/app/funding', '/app/committee', '/app/audit', '/app/meetings', 'MEETING', '/app/actions'],
  lead: ['/app', '/app/programme', '/app/proposals', '/app/my-proposals', '/app/performance', '/app/plan', '/app/funding', '/app/audit', '/app/my-actions', '/app/meetings', '/app/actions'],
  committee: ['/app', '/app/programme', '/app/proposals', 'PROPOSAL', '/app/performance', '/app/plan', '/app/funding', '/app/committee', '/app/audit', '/app/meetings', 'MEETING', '/app/actions'],
  administrator: ['/app', '/app/users'],
};
const WIDTHS = [1280, 390];

describeInBrowser('accessibility and phones (Chromium, axe-core)', () => {
  // Ten pages at two widths for a role, axe on each: a loaded machine needs more than 5 minutes.
  jest.setTimeout(600_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let proposalId: string;
  const screenshotted = new Set<string>();

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of Object.values(USERS)) await admin.call('POST', '/users', user);
    const office = await Api.signIn(ledger.baseUrl, USERS.office.username, USERS.office.password);
    const delivering = await office.call('GET', `/proposals?programmeId=${PROGRAMME}&status=in-delivery`);
    proposalId = delivering.items[0].proposalId;
    // So that "Proposals I lead" has a row to lay out.
    await office.call('POST', `/proposals/${proposalId}/lead-assignments`, {
      leadId: USERS.lead.personId,
      leadName: USERS.lead.name,
      leadRole: 'Director',
      effectiveDate: '2026-01-05',
      reason: 'Accessibility test: a lead with a proposal to show',
    });
    browser = await launchBrowser();
  }, 300_000);

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const password = (role: string) => (role === 'administrator' ? ledger.adminPassword : USERS[role as keyof typeof USERS].password);
  const username = (role: string) => (role === 'administrator' ? 'administrator' : USERS[role as keyof typeof USERS].username);

  /** The page as a person sees it: the heading drawn and nothing still loading. */
  async function settle(): Promise<void> {
    await page.locator('main h1, h1').first().waitFor({ timeout: 20_000 });
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 20_000 });
  }

  async function until(check: () => Promise<boolean>, what: string, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Serious and critical violations of WCAG 2.0–2.2 A and AA, one readable line each. */
  async function seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help} — e.g. ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
  }

  it('the sign-in page has no serious or critical violation at either width', async () => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${ledger.baseUrl}/app/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      found.push(...(await seriousViolations()).map((v) => `sign-in at ${width}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  // One test per role and width: a role's dozen pages at both widths outran the timeout on a loaded machine.
  for (const role of Object.keys(ROLE_PAGES)) {
    for (const width of WIDTHS) {
      it(`every page of the ${role} has no serious or critical violation at ${width} px`, async () => {
        await signIn(page, ledger.baseUrl, username(role), password(role));
        await page.setViewportSize({ width, height: 900 });
        const found: string[] = [];
        for (const entry of ROLE_PAGES[role]) {
          const path = entry === 'PROPOSAL' ? `/app/proposals/${proposalId}` : entry === 'MEETING' ? `/app/meetings/${MEETING}` : entry;
          await page.goto(`${ledger.baseUrl}${path}`);
          await settle();
          found.push(...(await seriousViolations()).map((v) => `${role} ${path} at ${width}: ${v}`));
          const name = `a11y-${entry === 'PROPOSAL' ? 'proposal' : entry === 'MEETING' ? 'meeting' : path.split('/').pop()}-${width}`;
          if (!screenshotted.has(name)) {
            screenshotted.add(name);
            await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
          }
        }
        expect(found).toEqual([]);
      });
    }
  }

  it('on a phone the menu names the signed-in user, wide tables keep their first column and say they scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, ledger.baseUrl, USERS.office.username, USERS.office.password);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByTestId('signed-in-as-menu').filter({ hasText: USERS.office.name }).waitFor();
    await page.getByRole('button', { name: 'Close navigation' }).click();

    await page.goto(`${ledger.baseUrl}/app/audit`);
    await settle();
    const region = page.getByRole('region', { name: 'Audit trail' });
    await region.locator('tbody tr').first().waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    await page.getByText('Swipe the table sideways to see more columns.').first().waitFor();
    // Scrolled sideways, the first cell of a row stays at the left edge of the box.
    const firstCell = region.locator('tbody tr').first().locator('td, th').first();
    const before = await firstCell.boundingBox();
    await region.evaluate((el) => el.scrollTo({ left: 300 }));
    const after = await firstCell.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? NaN, 0);
    // Amounts never wrap: a money cell is one line.
    await page.goto(`${ledger.baseUrl}/app/programme`);
    await settle();
    const money = page.locator('td.money:visible').first();
    await money.waitFor();
    expect(await money.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace)).toBe('nowrap');
  });

  it('a dialog opens on its first field, guards a changed form on Escape, and a save says so', async () => {
    await signIn(page, ledger.baseUrl, USERS.office.username, USERS.office.password);
    await page.waitForLoadState('networkidle');
    await page.goto(`${ledger.baseUrl}/app/proposals/${proposalId}`);
    await settle();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Raise a risk' }).click();
    const dialog = page.getByRole('dialog');
    const first = dialog.getByLabel(/^Risk id/);
    await until(() => first.evaluate((el) => el === el.ownerDocument.activeElement), 'focus on the first field');

    await page.keyboard.type('a11y-risk');
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.keyboard.press('Escape');
    await until(async () => asked !== '', 'a question before closing');
    expect(asked).toMatch(/What you typed will be lost/);
    expect(await first.inputValue()).toBe('a11y-risk');

    page.once('dialog', (d) => void d.accept());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    // An untouched form closes without a question (a question there would be noise).
    await page.getByRole('button', { name: 'Raise a risk' }).click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${ledger.baseUrl}/app/programme`);
    await page.getByTestId('programme-name').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Record a decision' }).click();
    await dialog.getByLabel(/^Subject/).fill('Accessibility test decision');
    await dialog.getByLabel(/^Rationale/).fill('Recorded by the accessibility test');
    await dialog.getByLabel(/^Minute reference/).fill('A11Y/1');
    await dialog.getByLabel(/^Minute reference/).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /^Saved: Record a decision/ }).waitFor();
  });

  it('a URL with ?asAt= opens the programme as at that day, keeps it from page to page, and "Back to now" clears it', async () => {
    await signIn(page, ledger.baseUrl, USERS.committee.username, USERS.committee.password);
    await page.goto(`${ledger.baseUrl}/app/programme?asAt=2005-09-29`);
    await page.getByTestId('as-at-banner').filter({ hasText: /29 Sept? 2005/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-as-at-url-1280.png') });
    expect(await seriousViolations()).toEqual([]);

    // The banner is up before the click (the moment is app state): wait for the URL itself.
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.waitForURL((url) => url.pathname === '/app/audit' && url.searchParams.get('asAt') === '2005-09-29');
    await page.getByTestId('as-at-banner').waitFor();

    await page.getByRole('button', { name: 'Back to now' }).click();
    await page.getByTestId('as-at-banner').waitFor({ state: 'detached' });
    await page.waitForURL((url) => !url.searchParams.has('asAt'));

    // A moment chosen on the committee page lands in the URL, so it can be shared.
    await page.goto(`${ledger.baseUrl}/app/committee`);
    await page.getByLabel('In effect on').fill('2006-03-23');
    await page.getByRole('button', { name: 'Show the programme on that day' }).click();
    await page.getByTestId('as-at-banner').waitFor();
    await page.waitForURL((url) => url.searchParams.get('asAt') === '2006-03-23');
  });
});
