import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../api/app.module';
import { configureApp } from '../../api/configure-app';
import { isEmpty, runSeed } from './run-seed';

/**
 * Seeds through the real HTTP commands (validation, rules, audit trail and all):
 * starts the API on a loopback port of its own, sends the seed, closes it.
 */
export async function seedThroughApi(
  databaseUrl: string,
  options: { force?: boolean; log?: (m: string) => void } = {},
): Promise<{ seeded: boolean; requests: number; lastPosition: number }> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ database: { url: databaseUrl, embedded: false }, runProjector: true }),
    { bodyParser: false, logger: ['error', 'warn'] },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    if (!options.force && !(await isEmpty(baseUrl))) return { seeded: false, requests: 0, lastPosition: 0 };
    const result = await runSeed(baseUrl, options.log);
    return { seeded: true, ...result };
  } finally {
    await app.close();
  }
}
