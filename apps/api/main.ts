import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openDatabase } from '@ledger/database';
import { AppModule } from './app.module';
import { loadConfig } from './config/app.config';
import { configureApp } from './configure-app';

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
  logger.log(`Programme Ledger listening on http://localhost:${config.PORT} (API docs at /docs)`);
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
