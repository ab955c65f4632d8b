import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppModuleOptions } from '../api/app.module';
import { configureApp } from '../api/configure-app';
import { createBootstrapAdministrator } from '../api/user/bootstrap-administrator';
import { FIRST_START_SEED_KEY, isEmpty, runSeed, type Credentials, type DemoUserCredentials } from './run-seed';

/**
 * Seeds through the real HTTP commands (validation, rules, sign-in, audit trail and all):
 * starts the API on a loopback port of its own, sends the seed, closes it. On an empty
 * store it first creates the administrator; on one that holds events (--force) it needs
 * an administrator's credentials.
 */
export async function seedThroughApi(
  databaseUrl: string,
  options: {
    force?: boolean;
    administrator?: Credentials;
    log?: (m: string) => void;
    /** The engine the CLI's configuration names (EVENT_STORE_ENGINE); PostgreSQL by default. */
    eventStoreEngine?: AppModuleOptions['eventStoreEngine'];
  } = {},
): Promise<{
  seeded: boolean;
  requests: number;
  lastPosition: number;
  administrator?: Credentials;
  users: DemoUserCredentials[];
}> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      database: { url: databaseUrl, embedded: false },
      eventStoreEngine: options.eventStoreEngine,
      runProjector: true,
      // Tokens live only as long as this process: a key of its own will do.
      auth: { jwtSecret: randomBytes(48).toString('base64url') },
    }),
    { bodyParser: false, logger: ['error', 'warn'] },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const empty = await isEmpty(baseUrl);
    if (!options.force && !empty) return { seeded: false, requests: 0, lastPosition: 0, users: [] };
    // Keyed as the first start keys it: a seed cut short here is finished by the next `npm start`.
    const administrator =
      (empty ? await createBootstrapAdministrator(app, { idempotencyKey: FIRST_START_SEED_KEY }) : null) ?? options.administrator;
    if (!administrator) {
      throw new Error('The store holds events: give an administrator (LEDGER_ADMIN_USERNAME, LEDGER_ADMIN_PASSWORD) to seed it again.');
    }
    const result = await runSeed(baseUrl, { administrator, log: options.log });
    return { seeded: true, ...result, administrator: empty ? administrator : undefined };
  } finally {
    await app.close();
  }
}
