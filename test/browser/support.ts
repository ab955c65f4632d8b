// Browser-test support: the real app, built and started as `npm start` runs it (on a
// fresh database of its own and a free port), and Debian's Chromium driven by
// playwright-core. No test tool downloads a browser here.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase } from '../support/database';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = join(__dirname, '..', '..');

export function chromiumMissingMessage(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `Browser tests skipped: ${CHROMIUM} is not installed. Run "bash scripts/ensure-chromium.sh" as root (it runs "apt-get install -y chromium"), or set CHROMIUM_PATH.`;
}

/**
 * describe in Chromium, or describe.skip with the reason printed where it is missing; CI runs
 * as root, where scripts/ensure-chromium.sh can always install it, so there a skip is a failure.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  const missing = chromiumMissingMessage();
  if (!missing) return describe(name, fn);
  console.warn(missing);
  if (process.env.CI === 'true') {
    it('has Chromium to run the browser tests in CI', () => {
      throw new Error(missing);
    });
  }
  describe.skip(name, fn);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `npm run build`: the API (tsc) and the web UI (vite) exactly as `npm start` builds them. */
export function buildApp(): void {
  if (process.env.BROWSER_TESTS_SKIP_BUILD === 'true' && existsSync(join(ROOT, 'apps/web/dist/index.html'))) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface Ledger {
  baseUrl: string;
  adminPassword: string;
  logs(): string;
  stop(): Promise<void>;
}

/** The built API (dist/apps/api/main.js) on a free port and a fresh database: it seeds the demo itself. */
export async function startLedger(): Promise<Ledger> {
  const databaseUrl = await createTestDatabase('browser');
  const port = await freePort();
  const adminPassword = 'browser-tests-admin-password';
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'browser-tests-only-signing-key-0123456789abcdef',
      BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
      SIGN_IN_RATE_LIMIT: '1000',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  while (!/listening on http/.test(output)) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output.slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`The API did not start within 90 s:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    adminPassword,
    logs: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        // A timer left running would hold jest's process open for its full 10 s after the run.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

/** A small API client for arranging what a scenario needs (through the same HTTP API). */
export class Api {
  constructor(private readonly baseUrl: string, private readonly token?: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<Api> {
    const response = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`Sign-in as ${username}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { accessToken: string };
    return new Api(baseUrl, body.accessToken);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** Signs in through the page, as a person would: keyboard only. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/app/sign-in`);
  await page.getByLabel(/^User name/).focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** Waits until the text appears somewhere in the locator's scope. */
export async function waitForText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}
