import 'reflect-metadata';
import { loadProjectorConfig } from './projector.config';

describe("the projector's configuration", () => {
  const url = 'postgres://ledger@db/ledger';

  it('reads its port and the shared variables, typed', () => {
    expect(loadProjectorConfig({ DATABASE_URL: url, PROJECTOR_PORT: '3101' })).toMatchObject({ DATABASE_URL: url, PROJECTOR_PORT: 3101, HOST: '0.0.0.0' });
    expect(loadProjectorConfig({ DATABASE_URL: url }).PROJECTOR_PORT).toBe(3001);
  });

  it('refuses a port that is not one, and runs without DATABASE_URL never', () => {
    expect(() => loadProjectorConfig({ DATABASE_URL: url, PROJECTOR_PORT: 'abc' })).toThrow(/PROJECTOR_PORT must be a TCP port \(an integer 0–65535\) \(got "abc"\)/);
    expect(() => loadProjectorConfig({})).toThrow(/DATABASE_URL is required for a separate projector process/);
  });

  it("holds METRICS_TOKEN to the API's rule", () => {
    expect(() => loadProjectorConfig({ DATABASE_URL: url, METRICS_TOKEN: 'metrics' })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
    expect(() => loadProjectorConfig({ DATABASE_URL: url, METRICS_TOKEN: 'CHANGE-ME-to-a-random-token-of-32-characters' })).toThrow(/METRICS_TOKEN looks like a placeholder/);
  });
});
