import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ledgerStateDir, openDatabase } from '@ledger/platform/database';
import { loadOrCreateLogKey } from '@ledger/audit';
import { AppModule } from './app.module';
import { resolve } from 'node:path';
import { corsOriginsOf, loadConfig } from './config/app.config';
import { loadOrCreateMetricsToken } from './config/metrics-token';
import { prepareRuntimeDatabase } from './config/runtime-database';
import { configureApp } from './configure-app';
import { prepareFirstStart, runFirstStartSeed } from './first-start';
import { AccountsFile, accountsFilePath } from '@ledger/seed';

/** The embedded default's own files (git-ignored): the generated secrets and the demo accounts. */
const STATE_DIR = ledgerStateDir(process.env);

async function bootstrap() {
  const logger = new Logger('Main');
  // Only the embedded server's problems are worth a user's attention.
  const database = await openDatabase(process.env, (m) => {
    if (/\b(ERROR|FATAL|PANIC)\b|^Creating|^Stopping/.test(m)) logger.warn(m);
  });
  logger.log(
    database.embedded
      ? `Embedded PostgreSQL running on port ${new URL(database.url).port} (data in ${database.dataDir})`
      : 'Using the PostgreSQL server at DATABASE_URL',
  );
  const config = loadConfig({ ...process.env, DATABASE_URL: database.url });
  const jwtSecret = config.JWT_SECRET ?? embeddedSecret(database.secrets?.jwtSecret);
  const metricsToken = config.METRICS_TOKEN ?? (database.embedded ? embeddedMetricsToken(logger) : undefined);
  if (!metricsToken) logger.warn('METRICS_TOKEN is not set: GET /metrics answers nobody.');
  const logKey = embeddedLogKey(logger);
  // Migrations and grants as the owner; the API itself connects as the restricted role.
  if (database.appUrl) await prepareRuntimeDatabase(database.url, database.appUrl);
  const appDatabaseUrl = database.appUrl ?? database.url;

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      database: {
        url: appDatabaseUrl,
        embedded: database.embedded,
        queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_MS,
        readUrl: config.DATABASE_READ_URL || undefined,
        standbyWaitMs: config.READ_YOUR_WRITES_STANDBY_WAIT_MS,
      },
      // Replicas behind a load balancer set RUN_PROJECTOR=false and run apps/projector instead.
      runProjector: config.RUN_PROJECTOR !== 'false',
      metricsToken,
      logKey,
      auth: {
        jwtSecret,
        accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL,
        sessionTtlSeconds: config.SESSION_TTL,
        signInLimit: { limit: config.SIGN_IN_RATE_LIMIT, windowSeconds: 60 },
      },
    }),
    { bodyParser: false, bufferLogs: false },
  );
  configureApp(app, { bodyLimit: config.BODY_LIMIT, corsOrigins: corsOriginsOf(config), trustProxy: config.TRUST_PROXY });
  // The embedded server stops after Nest has closed its connections.
  const stopDatabase = async () => {
    await app.close().catch(() => undefined);
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stopDatabase);
  process.once('SIGTERM', stopDatabase);

  // The first administrator is registered (and kept) before the API answers anyone, so
  // /health never says "ok" for a store whose seed is about to begin.
  await app.init();
  const firstStart = {
    accounts: new AccountsFile(accountsFilePath(process.env)),
    logger,
    seed: config.SEED_ON_FIRST_START !== 'false',
    bootstrapPassword: config.BOOTSTRAP_ADMIN_PASSWORD,
  };
  const seedAs = await prepareFirstStart(app, firstStart);
  await app.listen(config.PORT, config.HOST);
  const baseUrl = `http://127.0.0.1:${config.PORT}`;
  // The demo users and the demo programme, recorded through the commands themselves, signed
  // in as the demo users; a start killed half-way is finished by the next one.
  if (seedAs) await runFirstStartSeed(app, baseUrl, seedAs, firstStart);
  const head = await fetch(`${baseUrl}/health`).then((r) => r.json() as Promise<{ eventStore?: { lastPosition?: number } }>);
  logger.log(`Event store holds ${head.eventStore?.lastPosition ?? 0} events.`);
  logger.log(`Programme Ledger listening on http://localhost:${config.PORT} (API docs at /docs)`);
}

/** JWT_SECRET is required with DATABASE_URL; the embedded default makes its own and keeps it (openDatabase). */
function embeddedSecret(generated: string | undefined): string {
  if (generated === undefined) throw new Error('Set JWT_SECRET (openssl rand -base64 48) when using DATABASE_URL.');
  return generated;
}

/** The embedded default's metrics token, generated once and kept beside the other secrets. */
function embeddedMetricsToken(logger: Logger): string {
  const file = resolve(STATE_DIR, 'metrics-token');
  const { token, created } = loadOrCreateMetricsToken(file);
  if (created) logger.log(`Generated a metrics token in ${file} (mode 600): Prometheus sends it as a bearer token.`);
  return token;
}

/** The Merkle log's Ed25519 key, made at the first start and kept with the store's other secrets. */
function embeddedLogKey(logger: Logger) {
  const file = resolve(STATE_DIR, 'log-signing-key.pem');
  const { key, created } = loadOrCreateLogKey(file);
  if (created) logger.log(`Generated the log signing key in ${file} (mode 600); its fingerprint: ${key.fingerprint}`);
  return key;
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
