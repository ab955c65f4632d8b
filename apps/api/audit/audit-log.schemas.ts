/** The Merkle log's answers as OpenAPI schemas (joined to components/schemas in configure-app). */
const str = { type: 'string' };
const hex = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const int = { type: 'integer' };
const obj = (properties: Record<string, unknown>) => ({ type: 'object', required: Object.keys(properties), properties });

const SignedTreeHead = obj({
  treeSize: int,
  rootHash: { ...hex, description: 'RFC 9162 root of the first treeSize events, hex' },
  timestamp: { type: 'string', format: 'date-time' },
  signature: { type: 'string', description: 'Ed25519 over the canonical JSON {kind, version, treeSize, rootHash, timestamp}, base64' },
  publicKey: { type: 'string', description: 'Raw Ed25519 public key, base64' },
  keyFingerprint: hex,
});

export const AUDIT_LOG_SCHEMAS = {
  LogKey: obj({ algorithm: { type: 'string', enum: ['Ed25519'] }, publicKey: str, publicKeyPem: str, fingerprint: hex }),
  SignedTreeHead,
  InclusionProof: obj({ leafIndex: int, position: int, treeSize: int, leafHash: hex, rootHash: hex, path: { type: 'array', items: hex }, head: { $ref: '#/components/schemas/SignedTreeHead' } }),
  ConsistencyProof: obj({ fromSize: int, toSize: int, fromRoot: hex, toRoot: hex, path: { type: 'array', items: hex }, head: { $ref: '#/components/schemas/SignedTreeHead' } }),
};
