import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openDatabase } from '@ledger/database';
import { AppModule } from './app.module';
import { loadConfig } from './config/app.config';
import { configureApp } from './configure-app';
import { isEmpty, runSeed } from '../cli/seed/run-seed';

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

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ database: { url: database.url, embedded: database.embedded } }),
    { bodyParser: false, bufferLogs: false },
  );
  configureApp(app, { bodyLimit: config.BODY_LIMIT });
  // The embedded server stops after Nest has closed its connections.
  const stopDatabase = async () => {
    await app.close().catch(() => undefined);
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stopDatabase);
  process.once('SIGTERM', stopDatabase);

  await app.listen(config.PORT, config.HOST);
  const baseUrl = `http://127.0.0.1:${config.PORT}`;
  // First start of an empty store: record the demo programme through the commands themselves.
  if (config.SEED_ON_FIRST_START !== 'false' && (await isEmpty(baseUrl))) {
    logger.log('Empty event store: seeding the Met Modernisation Programme demo…');
    const seeded = await runSeed(baseUrl);
    logger.log(`Seeded: ${seeded.requests} commands recorded, event log at position ${seeded.lastPosition}.`);
  }
  const head = await fetch(`${baseUrl}/health`).then((r) => r.json() as Promise<{ eventStore?: { lastPosition?: number } }>);
  logger.log(`Event store holds ${head.eventStore?.lastPosition ?? 0} events.`);
  logger.log(`Programme Ledger listening on http://localhost:${config.PORT} (API docs at /docs)`);
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
