import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppModule } from '../../apps/api/app.module';
import { configureApp } from '../../apps/api/configure-app';
import { createTestDatabase } from './database';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real API on a fresh database of its own, as main.ts builds it. */
export async function createTestApp(): Promise<TestApp> {
  const databaseUrl = await createTestDatabase('e2e');
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ database: { url: databaseUrl, embedded: false } })],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    close: () => app.close(),
  };
}
