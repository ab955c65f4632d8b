import { canonicalJson } from './canonical-json';
import { chainHash, GENESIS_HASH, type RawEventRow } from './chain-hash';

describe('canonical JSON (RFC 8785 style)', () => {
  it('sorts keys by UTF-16 code units, at every depth, and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, A: true })).toBe('{"A":true,"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    // RFC 8785 §3.2.3: "\u20ac" (€) sorts after "\r" and before the emoji's surrogate pair and "ö".
    expect(canonicalJson({ '€': 1, '\r': 2, '😀': 3, ö: 4, '1': 5 })).toBe('{"\\r":2,"1":5,"ö":4,"€":1,"😀":3}');
  });

  it('writes numbers and strings as ECMAScript does (RFC 8785 §3.2.2)', () => {
    expect(canonicalJson([0, -0, 1e21, 1e-7, 0.1, 333333333.3333333, -1.5, 9007199254740991])).toBe(
      '[0,0,1e+21,1e-7,0.1,333333333.3333333,-1.5,9007199254740991]',
    );
    expect(canonicalJson('tab\there "q" \\ \u0001 é')).toBe('"tab\\there \\"q\\" \\\\ \\u0001 é"');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });

  it('gives the same text for the same value, whatever order its keys were written in', () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: { q: 'a', p: 'b' } })).toBe(canonicalJson({ z: { p: 'b', q: 'a' }, y: [1, 2], x: 1 }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('chain hash', () => {
  const row: RawEventRow = {
    global_position: '7',
    transaction_id: '1234',
    stream_id: 'proposal-snt',
    stream_version: '2',
    event_id: '00000000-0000-4000-8000-000000000001',
    event_type: 'ProposalAgreed',
    schema_version: 1,
    data: { proposalId: 'snt', forum: 'Authority' },
    metadata: { actor: { id: 'po-1', role: 'programme-office' }, correlationId: 'c-1', reason: 'Agreed at the meeting' },
    recorded_at: '2006-03-23T10:15:00.123456Z',
  };

  it('covers every stored field and the previous hash', () => {
    const base = chainHash(GENESIS_HASH, row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...row, data: { forum: 'Authority', proposalId: 'snt' } })).toBe(base);
    const variants: Partial<RawEventRow>[] = [
      { global_position: '8' },
      { stream_id: 'proposal-x' },
      { stream_version: '3' },
      { event_id: '00000000-0000-4000-8000-000000000002' },
      { event_type: 'ProposalDeferred' },
      { schema_version: 2 },
      { data: { proposalId: 'snt', forum: 'Committee' } },
      { metadata: { ...(row.metadata as object), reason: 'Other' } },
      { recorded_at: '2006-03-23T10:15:00.123457Z' },
    ];
    for (const v of variants) expect({ v, differs: chainHash(GENESIS_HASH, { ...row, ...v }) !== base }).toEqual({ v, differs: true });
    expect(chainHash('1'.repeat(64), row)).not.toBe(base);
    // The transaction id orders the chain; it is not hashed (the chaining covers the order).
    expect(chainHash(GENESIS_HASH, { ...row, transaction_id: '99' })).toBe(base);
  });
});
