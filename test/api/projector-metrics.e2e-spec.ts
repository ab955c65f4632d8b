import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ProjectorAppModule } from '../../apps/projector/projector.module';
import { createTestDatabase } from '../support/database';

/** A separate projector's /metrics is held to the same token as the API's (they name the runtime's versions). */
describe('the projector process: /metrics wants METRICS_TOKEN', () => {
  const token = randomBytes(32).toString('base64url');
  let withToken: INestApplication;
  let withoutToken: INestApplication;

  const start = async (databaseUrl: string, metricsToken?: string) => {
    const moduleRef = await Test.createTestingModule({ imports: [ProjectorAppModule.forRoot(databaseUrl, { metricsToken })] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    return app;
  };

  beforeAll(async () => {
    withToken = await start(await createTestDatabase('projector_metrics'), token);
    withoutToken = await start(await createTestDatabase('projector_metrics_off'));
  }, 60_000);

  afterAll(async () => {
    await withToken?.close();
    await withoutToken?.close();
  });

  it('refuses a scrape without the token, or with another, and answers the token', async () => {
    const none = await request(withToken.getHttpServer()).get('/metrics').expect(401);
    expect(none.body.code).toBe('METRICS_TOKEN_REQUIRED');
    expect(none.text).not.toMatch(/nodejs_version_info/);
    await request(withToken.getHttpServer()).get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    const ok = await request(withToken.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain/);
    expect(ok.text).toMatch(/ledger_projection/);
  });

  it('answers nobody when no token is set, and still says how far behind it is on /health', async () => {
    await request(withoutToken.getHttpServer()).get('/metrics').set('Authorization', 'Bearer anything').expect(401);
    const health = await request(withoutToken.getHttpServer()).get('/health').expect(200);
    expect(health.body.status).toBe('ok');
  });
});
