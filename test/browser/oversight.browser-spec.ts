// The oversight loop in a real browser (issue 18): the office plans two committee meetings and
// the first one's agenda; a condition the committee agreed at the first becomes an action due at
// the second; its owner, a lead, completes it with evidence; the committee's pack for the second
// meeting lists it as done since the last meeting, and an action left open past its day as
// overdue. Screenshots at 1280 and 390 px go to docs/screenshots/oversight-*.png.
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Api, buildApp, describeInBrowser, launchBrowser, signIn, signOut, startLedger, type Ledger } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const PROGRAMME = 'met-modernisation';
const USERS = {
  office: { username: 'oversight-office', password: 'oversight-office-password', name: 'Oversight Test Office', role: 'programme-office', personId: 'person-oversight-office' },
  lead: { username: 'oversight-lead', password: 'oversight-lead-password', name: 'Oversight Test Lead', role: 'lead', personId: 'person-oversight-lead' },
  committee: { username: 'oversight-committee', password: 'oversight-committee-password', name: 'Oversight Test Committee', role: 'oversight-committee', personId: 'person-oversight-committee' },
};

/** A calendar day `offset` days from today (UTC, as the API judges overdue). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);
const FIRST = { id: 'oversight-test-first', title: 'Oversight Committee, first test meeting', date: day(-7) };
const NEXT = { id: 'oversight-test-next', title: 'Oversight Committee, next test meeting', date: day(14) };
const CONDITION = 'subject to the outcome of the formal consultation being reported back';
// A condition's action is titled with the condition's words.
const CONDITION_ACTION = CONDITION;
const EVIDENCE = 'Consultation report, paper OC/7, circulated to members';
const OVERDUE_ACTION = 'Publish the PCSO recruitment plan';

describeInBrowser('the oversight loop in the web UI (Chromium)', () => {
  jest.setTimeout(240_000);
  let ledger: Ledger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let proposal: { proposalId: string; title: string };

  beforeAll(async () => {
    buildApp();
    ledger = await startLedger();
    const admin = await Api.signIn(ledger.baseUrl, 'administrator', ledger.adminPassword);
    for (const user of Object.values(USERS)) await admin.call('POST', '/users', user);
    const office = await Api.signIn(ledger.baseUrl, USERS.office.username, USERS.office.password);
    proposal = (await office.call('GET', `/proposals?programmeId=${PROGRAMME}&status=in-delivery`)).items[0];
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await ledger?.stop();
  });

  const dialog = () => page.getByRole('dialog');

  /** Submits the open dialog's form and waits for it to close (the save was accepted). */
  async function submit(label: string | RegExp): Promise<void> {
    await dialog().getByRole('button', { name: label }).click();
    await dialog().waitFor({ state: 'detached', timeout: 15_000 });
  }

  /** Full-page screenshots at 1280 and at 390 px (a phone), back at 1280 after. */
  async function screenshots(name: string, ready: () => Locator): Promise<void> {
    // The "Saved" message would cover the table it reports on.
    const dismiss = page.getByRole('button', { name: 'Dismiss the message' });
    if (await dismiss.count()) await dismiss.click();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await ready().waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 20_000 });
      await page.screenshot({ path: join(SCREENSHOTS, `oversight-${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function nav(label: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  }

  async function scheduleMeeting(meeting: { id: string; title: string; date: string }): Promise<void> {
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await dialog().getByLabel(/^Meeting id/).fill(meeting.id);
    await dialog().getByLabel(/^Forum/).selectOption('Committee');
    await dialog().getByLabel(/^The forum’s own name/).fill('MPA Oversight Committee');
    await dialog().getByLabel(/^Title/).fill(meeting.title);
    await dialog().getByLabel(/^Date/).fill(meeting.date);
    await submit('Schedule a meeting');
    // The new meeting's own page opens; then back to the forward plan, which lists it.
    await page.waitForURL(`**/app/meetings/${meeting.id}`);
    await page.getByTestId('meeting-title').filter({ hasText: meeting.title }).waitFor();
    await page.goBack();
    await page.getByTestId(`meeting-card-${meeting.id}`).waitFor();
  }

  it('the office plans two meetings and the first one’s agenda', async () => {
    await signIn(page, ledger.baseUrl, USERS.office.username, USERS.office.password);
    await nav('Forward plan');
    await page.getByRole('heading', { name: 'Forward plan', level: 1 }).waitFor();
    await scheduleMeeting(FIRST);
    await scheduleMeeting(NEXT);

    await page.getByRole('link', { name: `Open the meeting: ${FIRST.title}` }).click();
    await page.getByTestId('meeting-title').filter({ hasText: FIRST.title }).waitFor();
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await dialog().getByLabel(/^Kind/).selectOption('proposal-report');
    await dialog().getByLabel(/^Title/).fill(`${proposal.title}: progress and consultation`);
    await dialog().getByLabel(/^Paper/).fill('Report 6');
    await dialog().getByLabel(/^Proposal/).selectOption(proposal.proposalId);
    await submit('Add an agenda item');
    const agenda = page.getByTestId('agenda');
    await agenda.getByText('Report 6').waitFor();
    expect(await agenda.getByRole('link', { name: proposal.title }).count()).toBe(1);

    // Planned meetings soonest first: the first meeting's card, with its agenda, comes before the next one's.
    await nav('Forward plan');
    const cards = page.getByTestId('forward-plan').locator('[data-testid^="meeting-card-oversight-test-"]');
    await cards.first().waitFor();
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([`meeting-card-${FIRST.id}`, `meeting-card-${NEXT.id}`]);
    await page.getByTestId(`meeting-card-${FIRST.id}`).getByText('Report 6', { exact: false }).waitFor();
    await screenshots('forward-plan', () => page.getByTestId(`meeting-card-${NEXT.id}`));
  });

  it('a condition agreed at the first meeting becomes an action due at the next, and one of the office’s goes overdue', async () => {
    // The committee's decision with its condition, taken at the first meeting, recorded through
    // the API as the decision log takes it: its condition becomes an action by itself, owned by
    // the lead and due back at the next meeting (the decision's follow-up).
    const committee = await Api.signIn(ledger.baseUrl, USERS.committee.username, USERS.committee.password);
    await committee.call('POST', `/programmes/${PROGRAMME}/decisions`, {
      decisionId: 'oversight-test-decision',
      forum: 'Committee',
      meetingId: FIRST.id,
      decisionDate: FIRST.date,
      subject: `${proposal.title}: progress report`,
      proposalId: proposal.proposalId,
      outcome: 'approve-with-conditions',
      rationale: 'The committee notes progress and wants the consultation outcome',
      conditions: [CONDITION],
      followUp: { ownerName: USERS.lead.name, ownerPersonId: USERS.lead.personId, dueMeetingId: NEXT.id },
      minuteReference: 'OC/TEST/1',
      evidence: [],
    });

    await page.goto(`${ledger.baseUrl}/app/meetings/${FIRST.id}`);
    await page.getByTestId('meeting-title').filter({ hasText: FIRST.title }).waitFor();
    await page.getByRole('button', { name: 'Record the meeting held' }).click();
    expect(await dialog().getByLabel(/^Held on/).inputValue()).toBe(FIRST.date);
    await submit('Record the meeting held');
    await page.getByTestId('meeting-status').filter({ hasText: 'Held' }).waitFor();
    // Held: its agenda is closed.
    expect(await page.getByRole('button', { name: 'Add an agenda item' }).count()).toBe(0);

    const taken = page.getByTestId('decisions-taken');
    await taken.getByText(CONDITION, { exact: false }).waitFor();
    // Nobody raised it: the decision did.
    await taken.getByText('tracked as an action', { exact: false }).waitFor();
    expect(await taken.getByText('not tracked yet', { exact: false }).count()).toBe(0);
    const raised = page.getByTestId('actions-raised').locator('tbody tr').filter({ hasText: CONDITION_ACTION });
    await raised.waitFor();
    expect(await raised.getAttribute('data-status')).toBe('open');
    expect(await raised.textContent()).toContain(NEXT.title);
    await screenshots('meeting', () => page.getByTestId('actions-raised'));

    // An action of the office's own, due three days ago and not done.
    await nav('Actions and issues');
    await page.getByRole('heading', { name: 'Actions and issues', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Raise an action' }).click();
    await dialog().getByLabel(/^What must be done/).fill(OVERDUE_ACTION);
    await dialog().getByLabel(/^Owner$|^Owner \*/).fill('Head of Recruitment');
    await dialog().getByLabel(/^Due by/).fill(day(-3));
    await dialog().getByLabel(/^Raised on/).fill(day(-10));
    await submit('Raise an action');
    const overdue = page.getByTestId('actions-register').locator('tbody tr').filter({ hasText: OVERDUE_ACTION });
    await overdue.waitFor();
    expect(await overdue.getAttribute('data-status')).toBe('overdue');
    // Highlighted: its cells, the pinned first one included, are not the page's white.
    const background = await overdue.locator('th').first().evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(background).not.toBe('rgb(255, 255, 255)');

    // The filters live in the URL: overdue only, then a reload keeps them.
    await page.getByLabel(/^Status/).selectOption('overdue');
    await page.waitForURL(/status=overdue/);
    await page.reload();
    await overdue.waitFor();
    expect(await page.getByLabel(/^Status/).inputValue()).toBe('overdue');
    const statuses = await page.getByTestId('actions-register').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['overdue']));
    expect(await page.getByTestId('actions-register').getByText(CONDITION_ACTION).count()).toBe(0);
    await page.getByLabel(/^Owner/).selectOption(USERS.lead.personId);
    await page.getByLabel(/^Status/).selectOption('open');
    await page.getByTestId('actions-register').getByText(CONDITION_ACTION).waitFor();
    expect(await page.getByTestId('actions-register').getByText(OVERDUE_ACTION).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByTestId('actions-register').getByText(OVERDUE_ACTION).waitFor();
    await screenshots('register', () => page.getByTestId('actions-register'));

    // The dashboard counts what is overdue.
    await nav('Programme dashboard');
    const count = page.getByTestId('actions-overdue');
    await count.waitFor();
    await page.waitForFunction(`/^\\d+$/.test(document.querySelector('[data-testid="actions-overdue"]')?.textContent ?? '')`);
    expect(Number(await count.textContent())).toBeGreaterThanOrEqual(1);
    await page.getByTestId('reports-overdue').waitFor();
    await signOut(page);
  });

  it('its owner, a lead, completes it with evidence; they cannot complete another’s', async () => {
    await signIn(page, ledger.baseUrl, USERS.lead.username, USERS.lead.password);
    await nav('My actions');
    const mine = page.getByTestId('my-open-actions');
    await mine.getByText(CONDITION_ACTION).waitFor();
    await screenshots('my-actions', () => page.getByTestId('my-open-actions'));
    await mine.getByRole('button', { name: `Complete: ${CONDITION_ACTION}` }).click();
    await dialog().getByLabel(/^Evidence/).fill(EVIDENCE);
    expect(await dialog().getByLabel(/^Completed on/).inputValue()).toBe(TODAY);
    await submit('Complete with this evidence');
    await page.getByText('You have no open action.').waitFor();
    await page.getByText(/Done and dropped \(1\)/).click();
    const done = page.getByTestId('my-closed-actions').locator('tbody tr').filter({ hasText: CONDITION_ACTION });
    expect(await done.getAttribute('data-status')).toBe('done');
    expect(await done.textContent()).toContain(EVIDENCE);

    // The register offers a lead no command on an action they do not own.
    await nav('Actions and issues');
    const other = page.getByTestId('actions-register').locator('tbody tr').filter({ hasText: OVERDUE_ACTION });
    await other.waitFor();
    expect(await other.getByRole('button').count()).toBe(0);
    await signOut(page);
  });

  it('the committee’s pack for the next meeting lists it as done since last time, and the office’s as overdue', async () => {
    await signIn(page, ledger.baseUrl, USERS.committee.username, USERS.committee.password);
    await page.waitForLoadState('networkidle');
    await nav('Forward plan');
    await page.getByRole('link', { name: `Open the meeting: ${NEXT.title}` }).click();
    await page.getByTestId('meeting-title').filter({ hasText: NEXT.title }).waitFor();
    const due = page.getByTestId('actions-due').locator('tbody tr').filter({ hasText: CONDITION_ACTION });
    await due.waitFor();
    expect(await due.getAttribute('data-status')).toBe('done');

    const matters = page.getByTestId('matters-arising');
    await matters.waitFor({ timeout: 30_000 });
    const doneRow = matters.locator('tbody tr').filter({ hasText: CONDITION_ACTION });
    expect(await doneRow.textContent()).toContain('Done since the last meeting');
    expect(await doneRow.textContent()).toContain(EVIDENCE);
    const overdueRow = matters.locator('tbody tr').filter({ hasText: OVERDUE_ACTION });
    expect(await overdueRow.textContent()).toContain('Overdue');
    await screenshots('matters-arising', () => page.getByTestId('matters-arising'));

    // The pack's own text, as the endpoint serves it (its CSV of matters arising), says the same.
    const token = await login(USERS.committee.username, USERS.committee.password);
    const query = new URLSearchParams({ meeting: NEXT.date, previous: FIRST.date, basis: 'business', format: 'csv', table: 'matters-arising' });
    const response = await fetch(`${ledger.baseUrl}/programmes/${PROGRAMME}/committee-pack?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).split(/\r?\n/);
    const doneLine = lines.find((l) => l.includes(CONDITION_ACTION));
    expect(doneLine).toMatch(/^"?Action done"?,/);
    expect(doneLine).toContain(EVIDENCE);
    expect(lines.find((l) => l.includes(OVERDUE_ACTION))).toMatch(/^"?Action overdue"?,/);
  });

  async function login(username: string, password: string): Promise<string> {
    const response = await fetch(`${ledger.baseUrl}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
});
