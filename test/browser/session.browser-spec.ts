// One session for the browser's tabs (issue #13, "Session"): the refresh token in an httpOnly
// cookie the page's scripts cannot read; a second tab and a reload signed in without a
// password; two tabs refreshing at once both stay signed in; sign-out in one tab ends the
// session in the others. And the time from "Sign in" to a usable home page, printed.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, startLedger, type Ledger } from './support';

const OFFICE = { username: 'session-office', password: 'session-office-password', name: 'Session Office', role: 'programme-office' };
const COOKIE = 'ledger_refresh';

describeInBrowser('one session shared by the tabs, in an httpOnly cookie (Chromium)', () => {
  jest.setTimeout(180_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  /** Sign-in answers and refreshes seen, and every refused request, as "status method path". */
  let seen: string[] = [];

  const watch = (page: Page) => {
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/auth/') || response.status() >= 400) seen.push(`${response.status()} ${response.request().method()} ${path}`);
    });
    return page;
  };
  const newTab = async () => watch(await context.newPage());
  const signedInAs = (page: Page) => page.getByTestId('signed-in-as').filter({ hasText: OFFICE.name }).waitFor();
  const signInForm = (page: Page) => page.getByRole('button', { name: 'Sign in' }).waitFor();
  /** The home page a programme office can use: the programme's name, and what was recorded lately. */
  const homeUsable = async (page: Page) => {
    await page.getByTestId('programme-name').waitFor();
    await page.getByRole('region', { name: 'Recently recorded' }).getByText(/\S/).first().waitFor();
  };
  const refreshCookie = async () => (await context.cookies()).find((c) => c.name === COOKIE);

  /**
   * From pressing Sign in to the home page usable, in ms, and what was fetched when (ms after
   * the press, to the answer's end): information only, nothing is asserted on it.
   */
  const timedSignIn = async (page: Page): Promise<{ ms: number; requests: string }> => {
    await page.goto(`${ledger.baseUrl}/app/sign-in`);
    await page.getByLabel(/^User name/).fill(OFFICE.username);
    await page.getByLabel(/^Password/).fill(OFFICE.password);
    const requests: string[] = [];
    const started = Date.now();
    const onFinished = (request: { url(): string }) => {
      const path = new URL(request.url()).pathname.replace(/^\/assets\/(\w+)-[\w-]+\.js$/, '$1.js');
      if (!/\.(css|woff2?|svg|png|ico)$/.test(path)) requests.push(`${path} ${Date.now() - started}`);
    };
    page.on('requestfinished', onFinished);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await homeUsable(page);
    const ms = Date.now() - started;
    page.off('requestfinished', onFinished);
    return { ms, requests: requests.join(', ') };
  };

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    await admin.call('POST', '/users', OFFICE);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  it('a first visit asks nothing of the API it would refuse: no refresh without a session', async () => {
    seen = [];
    const tab = await newTab();
    await tab.goto(`${ledger.baseUrl}/app`);
    await signInForm(tab);
    expect(seen).toEqual([]);
    await tab.close();
  });

  it('signs in; tabs share the session; reloads keep it; the token is out of scripts’ reach; sign-out in one tab ends it in the others', async () => {
    seen = [];
    const first = await newTab();
    const cold = await timedSignIn(first);

    // Chromium kept the cookie, Secure over plain HTTP on the loopback address, with every attribute.
    const cookie = await refreshCookie();
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth/refresh', domain: '127.0.0.1' });
    const token = cookie!.value;
    expect(token).toMatch(/^[0-9a-f-]{36}\./);
    // Not in document.cookie, nor in any storage a script can read.
    const readable = await first.evaluate(() => {
      const page = globalThis as any;
      return { cookie: page.document.cookie as string, local: JSON.stringify({ ...page.localStorage }), session: JSON.stringify({ ...page.sessionStorage }) };
    });
    expect(readable.cookie).not.toContain(COOKIE);
    const secret = token.split('.')[1];
    for (const text of Object.values(readable)) expect(text).not.toContain(secret);

    // A second tab of the same browser: signed in, no password asked, the sign-in page never shown.
    const second = await newTab();
    const urls: string[] = [];
    second.on('framenavigated', (frame) => frame === second.mainFrame() && urls.push(new URL(frame.url()).pathname));
    await second.goto(`${ledger.baseUrl}/app/proposals`);
    await signedInAs(second);
    expect(second.url()).toBe(`${ledger.baseUrl}/app/proposals`);
    expect(urls).not.toContain('/app/sign-in');

    // A reload keeps the session (the access token lived in the page's memory only).
    await first.reload();
    await signedInAs(first);
    await homeUsable(first);

    // Both tabs reloading at once: two refreshes with one cookie, one after the other (a Web
    // Lock), so neither looks like a stolen token replayed; both stay signed in, three times over.
    for (let round = 0; round < 3; round++) {
      await Promise.all([first.reload(), second.reload()]);
      await Promise.all([signedInAs(first), signedInAs(second)]);
    }
    expect(seen.filter((s) => s.startsWith('401'))).toEqual([]);
    expect((await refreshCookie())?.value).not.toBe(token);

    // A third tab that cannot hear the others (no BroadcastChannel): it learns of the sign-out at its next request.
    const deaf = await newTab();
    await deaf.addInitScript(() => delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel);
    await deaf.goto(`${ledger.baseUrl}/app/proposals`);
    await signedInAs(deaf);

    await first.getByRole('button', { name: 'Sign out' }).click();
    await signInForm(first);
    expect(seen).toContain('204 POST /auth/logout');
    expect(await refreshCookie()).toBeUndefined();
    // The tab that hears it is signed out at once.
    await signInForm(second);
    // The deaf one still shows its page; its next request is refused (the session was revoked on
    // the server), its refresh finds no cookie, and it asks for a password.
    await signedInAs(deaf);
    await deaf.getByRole('link', { name: 'Audit trail' }).click();
    await signInForm(deaf);
    expect(seen).toEqual(expect.arrayContaining(['401 GET /audit', '401 POST /auth/refresh']));
    // A reload does not bring the session back.
    await second.reload();
    await signInForm(second);

    // Signed in again, with the code now in the browser's cache.
    const warm = await timedSignIn(first);
    console.log(
      `Sign-in to a usable home (programme office, Chromium, 1280 px): ${cold.ms} ms the first time, ${warm.ms} ms with the code cached.\n` +
        `First: ${cold.requests}\nCached: ${warm.requests}`,
    );
    for (const tab of [first, second, deaf]) await tab.close();
  });
});
