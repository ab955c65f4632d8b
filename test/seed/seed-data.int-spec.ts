import { createHash } from 'node:crypto';
import { DEMO_USERS, SEED_PROGRAMME_IDS, SEED_REQUESTS } from '@ledger/seed';

/**
 * The demo moved from TypeScript builders to YAML (apps/seed/data) without changing a byte of
 * what is sent: this digest was taken of the list the builders produced. The Idempotency-Keys
 * derive from each request's position and content, so an equal list means a store seeded
 * before still reads as seeded (the first start's resume depends on it).
 */
const DIGEST_OF_THE_BUILDERS_LIST = 'c89ddc67ad9b2baebe6f8b2ca5ef65cba78892eccd7ce8b7d42c527607d0e9e6';

/** Requests added after that list, at its end (13-plan-links.yaml: the objectives a proposal serves). */
const ADDED_SINCE = 1;

describe('the seed as data', () => {
  it('loads the same first 242 requests and 14 demo users, in the same order, as the builders sent; later ones only after them', () => {
    expect(SEED_REQUESTS).toHaveLength(242 + ADDED_SINCE);
    expect(DEMO_USERS).toHaveLength(14);
    // Appending keeps every earlier request's position and content, so their Idempotency-Keys stand.
    const digest = createHash('sha256').update(JSON.stringify({ requests: SEED_REQUESTS.slice(0, 242), users: DEMO_USERS })).digest('hex');
    expect(digest).toBe(DIGEST_OF_THE_BUILDERS_LIST);
    expect(SEED_REQUESTS[242]).toMatchObject({ method: 'POST', path: '/proposals/mmp-safer-neighbourhoods/aims' });
  });

  it('finds the programmes it establishes in the data', () => {
    expect(SEED_PROGRAMME_IDS).toEqual(['met-modernisation', 'mpa-strategic-framework']);
  });
});
