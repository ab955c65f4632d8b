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
  const app = await NestFactory.create(ProjectorAppModule.forRoot(url), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  new Logger('Projector').log(`Projector running; health and metrics on port ${port}`);
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
