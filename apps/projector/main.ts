import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ProjectorAppModule } from './projector.module';

/**
 * The projector as its own process: run one or several; each projection is
 * active in exactly one of them (advisory lock), the others wait to take over.
 * Needs DATABASE_URL: the embedded default runs the projector inside the API.
 */
async function bootstrap() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required for a separate projector process');
  const port = Number(process.env.PROJECTOR_PORT ?? 3001);
  // GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`, as the API's does.
  const metricsToken = process.env.METRICS_TOKEN || undefined;
  const app = await NestFactory.create(ProjectorAppModule.forRoot(url, { metricsToken }), { logger: ['log', 'warn', 'error'] });
  if (!metricsToken) new Logger('Projector').warn('METRICS_TOKEN is not set: GET /metrics answers nobody.');
  app.enableShutdownHooks();
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  new Logger('Projector').log(`Projector running; health and metrics on port ${port}`);
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
