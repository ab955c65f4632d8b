import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import request from 'supertest';
import { USER_ROLES, type UserRole } from '@ledger/user';
import { AppModule } from '../../apps/api/app.module';
import { signAccessToken } from '../../apps/api/auth/access-token';
import type { AuthOptions } from '../../apps/api/auth/auth.options';
import { configureApp } from '../../apps/api/configure-app';
import { prepareRuntimeDatabase } from '../../apps/api/config/runtime-database';
import { withCredentials } from '@ledger/platform/database';
import { createBootstrapAdministrator } from '../../apps/api/user/bootstrap-administrator';
import { runSeed } from '@ledger/seed';
import { createTestDatabase } from './database';
import { provisionMinted, rememberMinted } from './minted-sessions';

/** The key every test app signs its access tokens with, so `as()` can mint them synchronously. */
export const TEST_JWT_SECRET = 'programme-ledger-end-to-end-tests-only-0123456789';

/** The role test apps run as (not a superuser, owns nothing): see provisionRuntimeRole. */
export const TEST_RUNTIME_ROLE = 'ledger_app_test';
const TEST_RUNTIME_PASSWORD = 'ledger-app-test-only';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  /** The test database as its owner (the harness's superuser): for arranging and inspecting. */
  databaseUrl: string;
  /** The same database as the API connects to it: the restricted runtime role. */
  runtimeUrl: string;
  close(): Promise<void>;
}

/**
 * The real API on a fresh database of its own, as main.ts builds it. On close it checks
 * that every event the test file wrote carries a signed-in actor.
 */
export async function createTestApp(options: { auth?: Partial<AuthOptions>; metricsToken?: string } = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase('e2e');
  // As main.ts does: migrations and grants as the owner, the API as the restricted runtime role.
  const runtimeUrl = withCredentials(databaseUrl, TEST_RUNTIME_ROLE, TEST_RUNTIME_PASSWORD);
  await prepareRuntimeDatabase(databaseUrl, runtimeUrl);
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        database: { url: runtimeUrl, embedded: false },
        auth: { jwtSecret: TEST_JWT_SECRET, ...options.auth },
        metricsToken: options.metricsToken,
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
  const harness = useMintedSessions(app, databaseUrl);
  configureApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    runtimeUrl,
    close: async () => {
      try {
        await expectEveryEventSignedIn(databaseUrl);
      } finally {
        await app.close();
        await harness.end();
      }
    },
  };
}

/**
 * Before Nest's routes (call it before init): the users and sessions of tokens made by as()
 * exist before the guard asks (minted-sessions.ts). Returns the pool to end after the app.
 */
export function useMintedSessions(app: INestApplication, databaseUrl: string): Pool {
  const harness = new Pool({ connectionString: databaseUrl, max: 2 });
  app.use((req: { headers: Record<string, unknown> }, _res: unknown, next: (error?: unknown) => void) => {
    provisionMinted(harness, req.headers.authorization).then(() => next(), next);
  });
  return harness;
}

/** The last global position in the store: a refused request must leave it unchanged. */
export async function lastPosition(t: TestApp): Promise<number> {
  const res = await t.http.get('/health').expect(200);
  return res.body.eventStore.lastPosition as number;
}

/** Runs a request that must be refused, and asserts that it appended nothing. */
export async function expectNothingAppended<T>(t: TestApp, run: () => Promise<T>): Promise<T> {
  const before = await lastPosition(t);
  const result = await run();
  expect(await lastPosition(t)).toBe(before);
  return result;
}

const jwt = new JwtService({ secret: TEST_JWT_SECRET });

/**
 * `Authorization: Bearer …` for a user of `role` whose user id and person id are `id`
 * (a lead's person id is the leadId of `LeadAssigned`), signed with the test apps' key.
 * Each call is a session of its own. Programme office by default.
 *
 * The API honours a token only for a live session of a user it knows (fail closed), so a
 * test app made by createTestApp creates that session, and the user in the users read
 * model when the store has none, on the token's first request. That writes no event: a
 * refused request still appends nothing.
 */
export function as(role = 'programme-office', id = `${role}-user`, name = `Test ${role}`) {
  if (!(USER_ROLES as readonly string[]).includes(role)) throw new Error(`as(): unknown role ${role}`);
  const sid = randomUUID();
  rememberMinted(sid, { id, name, role: role as UserRole });
  const token = signAccessToken(jwt, { id, username: id, name, role: role as UserRole, personId: id, sid }, 900);
  return { Authorization: `Bearer ${token}` };
}

/** The system's own actors, and the only events each may record (nobody can be signed in then). */
const SYSTEM_ACTORS: Record<string, string[]> = {
  // A resumed first start sets a new password for an administrator whose password was lost.
  'first-start': ['UserRegistered', 'PasswordChanged'],
  'sign-in-service': ['SignInFailed'],
  // `ledger reset-password`: an operator at the command line.
  'operator-cli': ['PasswordChanged'],
};

/**
 * Every event in the test database carries the actor of a verified sign-in: a user id and one
 * of the four roles. The only exceptions are the system's own: a refused sign-in (nobody is
 * signed in) and the first administrator, registered on an empty store.
 */
export async function expectEveryEventSignedIn(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ position: string; type: string; actor: { id?: string; role?: string } | null }>(
      `SELECT global_position AS position, event_type AS type, metadata->'actor' AS actor FROM events ORDER BY global_position`,
    );
    const wrong = rows.filter(({ type, actor }) => {
      if (!actor?.id || actor.id === 'anonymous') return true;
      if ((USER_ROLES as readonly string[]).includes(actor.role ?? '')) return false;
      return !(actor.role === 'system' && SYSTEM_ACTORS[actor.id]?.includes(type));
    });
    if (wrong.length > 0) {
      throw new Error(`Events without a signed-in actor:\n${wrong.slice(0, 10).map((r) => `  ${r.position} ${r.type} ${JSON.stringify(r.actor)}`).join('\n')}`);
    }
    return rows.length;
  } finally {
    await client.end();
  }
}

/**
 * The demo seed on a test app, as main.ts runs it on first start: the first administrator,
 * then the demo users and the seed's requests over HTTP. Returns the base URL and results.
 */
export async function seedTestApp(t: TestApp) {
  if (!t.app.getHttpServer().listening) await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const administrator = await createBootstrapAdministrator(t.app);
  if (!administrator) throw new Error('seedTestApp needs an empty store');
  const result = await runSeed(baseUrl, { administrator });
  return { baseUrl, administrator, ...result };
}
