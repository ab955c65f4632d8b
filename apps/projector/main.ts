import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { ConfigurationError, loadConfiguration } from '@ledger/platform/config';
import { createLogger, logFormatOf } from '@ledger/platform/logging';
import { loadProjectorConfig } from './projector.config';
import { ProjectorAppModule } from './projector.module';

/**
 * The projector as its own process: run one or several; each projection is
 * active in exactly one of them (advisory lock), the others wait to take over.
 * Needs DATABASE_URL: the embedded default runs the projector inside the API.
 */
async function bootstrap() {
  const { config, module } = await loadConfiguration(loadProjectorConfig);
  const logger = createLogger({ level: config.LOG_LEVEL, format: logFormatOf(config) });
  const app = await NestFactory.create(
    ProjectorAppModule.forRoot(config.DATABASE_URL, {
      metricsToken: config.METRICS_TOKEN,
      logger,
      config: module,
      engine: { engine: config.EVENT_STORE_ENGINE, kurrentdbConnectionString: config.KURRENTDB_CONNECTION_STRING },
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoNestLogger));
  if (!config.METRICS_TOKEN) new Logger('Projector').warn('METRICS_TOKEN is not set: GET /metrics answers nobody.');
  app.enableShutdownHooks();
  await app.listen(config.PROJECTOR_PORT, config.HOST);
  new Logger('Projector').log(`Projector running; health and metrics on port ${config.PROJECTOR_PORT}`);
}

bootstrap().catch((error) => {
  // A configuration error is the operator's to fix: its message alone, no stack.
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
