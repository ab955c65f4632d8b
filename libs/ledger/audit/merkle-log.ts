import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson } from './canonical-json';
import { consistencyPath, inclusionPath, rootOf, withNodes, type Hash } from './merkle';
import type { Sql } from './verify-chain';

/*
 * The Merkle log as the server answers it: tree size, roots and proofs read from the
 * audit-merkle projection's tables, and tree heads signed with the log's Ed25519 key.
 */

/** The log's signing key: its private half stays in the data dir; the public half is published. */
export interface LogKey {
  privateKey: KeyObject;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** SHA-256 of the raw public key, hex: what a clerk compares by eye. */
  fingerprint: string;
}

export function logKeyOf(privateKey: KeyObject): LogKey {
  const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  return { privateKey, publicKey: raw.toString('base64'), fingerprint: createHash('sha256').update(raw).digest('hex') };
}

/** A key for a process with no data dir (tests): heads it signs verify, but only in that run. */
export const ephemeralLogKey = (): LogKey => logKeyOf(generateKeyPairSync('ed25519').privateKey);

/** Reads the PEM (PKCS#8) key at `file`, or makes one there (mode 600) on the first start. */
export function loadOrCreateLogKey(file: string): { key: LogKey; created: boolean } {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return { key: logKeyOf(createPrivateKey(readFileSync(file, 'utf8'))), created: false };
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(file), { recursive: true });
  // 'wx': two processes starting at once never overwrite each other's key.
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return { key: logKeyOf(privateKey), created: true };
}

/** A tree head as signed: the log's state at `treeSize` leaves. */
export interface TreeHead {
  treeSize: number;
  /** The RFC 9162 root, hex. */
  rootHash: string;
  /** When the head was signed (ISO 8601). */
  timestamp: string;
}

export interface SignedTreeHead extends TreeHead {
  /** Ed25519 signature of treeHeadMessage(head), base64. */
  signature: string;
  /** The raw Ed25519 public key that signed it, base64. */
  publicKey: string;
  keyFingerprint: string;
}

/** What is signed: canonical JSON of the head and what it is, so no other message can be passed off as one. */
export function treeHeadMessage(head: TreeHead): Buffer {
  return Buffer.from(
    canonicalJson({ kind: 'programme-ledger-tree-head', version: 1, treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp }),
    'utf8',
  );
}

export function signTreeHead(key: LogKey, head: TreeHead): SignedTreeHead {
  const signature = sign(null, treeHeadMessage(head), key.privateKey).toString('base64');
  return { ...head, signature, publicKey: key.publicKey, keyFingerprint: key.fingerprint };
}

export function verifyTreeHead(head: SignedTreeHead, publicKey = head.publicKey): boolean {
  try {
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey, 'base64')]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    return verify(null, treeHeadMessage(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

/** The number of leaves the projection has added. */
export async function merkleTreeSize(sql: Sql): Promise<number> {
  const [{ size }] = await sql(`SELECT coalesce(max(leaf_index) + 1, 0)::text AS size FROM merkle_leaves`, [], 'merkle_tree_size');
  return Number(size);
}

/**
 * The perfect subtrees at `keys`, in ONE read on the primary key (hashes as bytea), prepared
 * once per connection: the planning of this statement cost more than running it.
 */
export async function fetchMerkleNodes(sql: Sql, keys: { level: number; index: number }[]): Promise<Map<string, Hash>> {
  if (keys.length === 0) return new Map();
  const rows: { level: number; idx: string; hash: Buffer }[] = await sql(
    `SELECT n.level, n.idx::text AS idx, n.hash FROM unnest($1::smallint[], $2::bigint[]) AS k(level, idx) JOIN merkle_nodes n USING (level, idx)`,
    [keys.map((k) => k.level), keys.map((k) => k.index)],
    'merkle_nodes_at',
  );
  return new Map(rows.map((r) => [`${r.level}:${r.idx}`, r.hash]));
}

export const merkleRoot = (sql: Sql, size: number): Promise<Hash> => withNodes((src) => rootOf(src, size), (keys) => fetchMerkleNodes(sql, keys));

export interface InclusionProof {
  leafIndex: number;
  /** The event's global position. */
  position: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  /** The audit path, hex, leaf to root. */
  path: string[];
}

/** The leaf index of the event at a global position, if the tree has it. */
export async function leafIndexOf(sql: Sql, position: number): Promise<number | null> {
  const [row] = await sql(`SELECT leaf_index::text AS leaf_index FROM merkle_leaves WHERE global_position = $1`, [position], 'merkle_leaf_index_of');
  return row ? Number(row.leaf_index) : null;
}

/** The leaf index of each of `positions` the tree has (position → leaf index). */
export async function leafIndexesOf(sql: Sql, positions: number[]): Promise<Map<number, number>> {
  if (positions.length === 0) return new Map();
  const rows: { global_position: string; leaf_index: string }[] = await sql(
    `SELECT global_position::text, leaf_index::text FROM merkle_leaves WHERE global_position = ANY($1::bigint[])`,
    [positions],
  );
  return new Map(rows.map((r) => [Number(r.global_position), Number(r.leaf_index)]));
}

/** The inclusion proof of leaf `leafIndex` in the tree of `treeSize`, with the root it proves against: one read. */
export async function merkleInclusionProof(sql: Sql, leafIndex: number, treeSize: number, position: number): Promise<InclusionProof> {
  const { path, root, leaf } = await withNodes(
    (src) => ({ path: inclusionPath(src, leafIndex, treeSize), root: rootOf(src, treeSize), leaf: src.node(0, leafIndex) }),
    (keys) => fetchMerkleNodes(sql, keys),
  );
  return { leafIndex, position, treeSize, leafHash: leaf.toString('hex'), rootHash: root.toString('hex'), path: path.map((h) => h.toString('hex')) };
}

/** The audit paths (hex, leaf to root) of many leaves in the tree of `treeSize`: one read for all of them. */
export async function merkleInclusionPaths(sql: Sql, leafIndexes: number[], treeSize: number): Promise<string[][]> {
  const paths = await withNodes(
    (src) => leafIndexes.map((i) => inclusionPath(src, i, treeSize)),
    (keys) => fetchMerkleNodes(sql, keys),
  );
  return paths.map((path) => path.map((h) => h.toString('hex')));
}

export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  fromRoot: string;
  toRoot: string;
  path: string[];
}

export async function merkleConsistencyProof(sql: Sql, fromSize: number, toSize: number): Promise<ConsistencyProof> {
  const { path, from, to } = await withNodes(
    (src) => ({ path: consistencyPath(src, fromSize, toSize), from: rootOf(src, fromSize), to: rootOf(src, toSize) }),
    (keys) => fetchMerkleNodes(sql, keys),
  );
  return { fromSize, toSize, fromRoot: from.toString('hex'), toRoot: to.toString('hex'), path: path.map((h) => h.toString('hex')) };
}

interface HeadRow {
  tree_size: string;
  root_hash: string;
  signed_at: Date;
  public_key: string;
  key_fingerprint: string;
  signature: string;
}

const headOf = (r: HeadRow): SignedTreeHead => ({
  treeSize: Number(r.tree_size),
  rootHash: r.root_hash,
  timestamp: new Date(r.signed_at).toISOString(),
  signature: r.signature,
  publicKey: r.public_key,
  keyFingerprint: r.key_fingerprint,
});

/** The signed head recorded at a tree size, if any. */
export async function signedHeadAt(sql: Sql, treeSize: number): Promise<SignedTreeHead | null> {
  const [row]: HeadRow[] = await sql(`SELECT * FROM merkle_heads WHERE tree_size = $1`, [treeSize], 'merkle_head_at');
  return row ? headOf(row) : null;
}

/**
 * The signed head at `treeSize` (≤ the tree's size): the one recorded, or a new one signed
 * now and recorded. One head per size, first writer wins: a pack printed twice for the same
 * head prints the same signature, and replicas signing at once agree.
 */
export async function recordSignedHead(sql: Sql, key: LogKey, treeSize: number, now = new Date()): Promise<SignedTreeHead> {
  const recorded = await signedHeadAt(sql, treeSize);
  if (recorded) return recorded;
  const root = await merkleRoot(sql, treeSize);
  const head = signTreeHead(key, { treeSize, rootHash: root.toString('hex'), timestamp: now.toISOString() });
  await sql(
    `INSERT INTO merkle_heads (tree_size, root_hash, signed_at, public_key, key_fingerprint, signature)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tree_size) DO NOTHING`,
    [head.treeSize, head.rootHash, head.timestamp, head.publicKey, head.keyFingerprint, head.signature],
  );
  return (await signedHeadAt(sql, treeSize))!;
}
