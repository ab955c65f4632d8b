import { createHash } from 'node:crypto';
import { DEMO_USERS, SEED_PROGRAMME_IDS, SEED_REQUESTS, type SeedRequest } from '@ledger/seed';

/**
 * The demo moved from TypeScript builders to YAML (apps/seed/data) without changing a byte of
 * what is sent: c89ddc67… was the digest of the 242 requests and 14 users the builders produced.
 * The Idempotency-Keys derive from each request's position and content, so an equal list means
 * a store seeded before still reads as seeded (the first start's resume depends on it).
 *
 * #14 (conditions become actions by themselves) changed that list on purpose, and only so:
 * the Authority's decision of 29 September 2005 (request 75) gained the follow-up of its
 * condition, so the condition is raised by the decision; the hand-raised action of the same
 * condition (old request 201) went; the completions of the agreements' condition actions
 * (13-conditions-met.yaml) came at the end. The digests below are of the old list's parts,
 * taken before that change: everything else is byte-identical, in the same order.
 */
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const OLD_REQUESTS_0_TO_74 = '7f46f53c43c295f3971b76426345f837dc956fbb26ddc055098fe3b94bcc1a3f';
const OLD_REQUEST_75_BUT_ITS_REASON = '4e4c0b167688ddd8ed65565d91fe47880deb243a7dbd3973029a1a21a09a0900';
const OLD_REQUESTS_76_TO_200 = '55a584ed49735b20a77d3262ab16b5fc978f51266a27aa47e3eaeabb44d623d5';
const OLD_REQUESTS_202_TO_241 = 'b85b545574165f9796f57dd5e4b52fee6338db0f657f1175659bd88d488772f8';
const DEMO_USERS_DIGEST = 'ed1bab13d44eead96414bf7cab1cba60f40f4e5747850a32870906cb26b6ed50';

const withoutFollowUpAndReason = (request: SeedRequest) => {
  const { reason: _r, followUp: _f, ...body } = request.body as Record<string, unknown>;
  return { ...request, body };
};

describe('the seed as data', () => {
  it('loads the 242 requests and 14 demo users of before, in the same order, changed only as #14 says', () => {
    expect(SEED_REQUESTS).toHaveLength(253);
    expect(DEMO_USERS).toHaveLength(14);
    expect(digest(DEMO_USERS)).toBe(DEMO_USERS_DIGEST);
    expect(digest(SEED_REQUESTS.slice(0, 75))).toBe(OLD_REQUESTS_0_TO_74);
    expect(digest(withoutFollowUpAndReason(SEED_REQUESTS[75]))).toBe(OLD_REQUEST_75_BUT_ITS_REASON);
    expect(SEED_REQUESTS[75].body).toMatchObject({ decisionId: 'mmp-2005-09-29-service-review', followUp: { ownerPersonId: 'person-stephen-rimmer', dueOn: '2006-03-09' } });
    expect(digest(SEED_REQUESTS.slice(76, 201))).toBe(OLD_REQUESTS_76_TO_200);
    expect(digest(SEED_REQUESTS.slice(201, 241))).toBe(OLD_REQUESTS_202_TO_241);
  });

  it('no condition is raised by hand that a recorded agreement, approval or decision raises by itself', () => {
    const recorded = SEED_REQUESTS.flatMap((r) => (/\/(agreement|approval|decisions)$/.test(r.path) ? ((r.body.conditions as string[] | undefined) ?? []) : []));
    const byHand = SEED_REQUESTS.filter((r) => r.path.endsWith('/actions') && r.body.origin === 'condition').map((r) => String(r.body.condition));
    expect(recorded.length).toBeGreaterThan(0);
    expect(byHand.filter((c) => recorded.includes(c))).toEqual([]);
  });

  it('ends with the completions of the agreements’ condition actions, then the objectives a proposal serves (#15)', () => {
    const tail = SEED_REQUESTS.slice(241, 252);
    expect(tail).toHaveLength(11);
    for (const r of tail) expect(r.path).toMatch(/^\/actions\/condition-[0-9a-f-]{36}-1\/completion$/);
    expect(SEED_REQUESTS[252]).toMatchObject({ method: 'POST', path: '/proposals/mmp-safer-neighbourhoods/aims' });
  });

  it('finds the programmes it establishes in the data', () => {
    expect(SEED_PROGRAMME_IDS).toEqual(['met-modernisation', 'mpa-strategic-framework']);
  });
});
