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

/** Development actor headers (until sign-in): programme office by default. */
export function as(role = 'programme-office', id = `${role}-user`, name = `Test ${role}`) {
  return { 'X-Actor-Id': id, 'X-Actor-Role': role, 'X-Actor-Name': name };
}
