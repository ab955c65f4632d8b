import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { chainedFields, type RawEventRow } from './chain-hash';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1) over the log in commit
 * order: leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right), the split at
 * the largest power of two below the size. Proofs are built from "perfect" subtrees — the
 * node at (level, index) covers leaves [index·2^level, (index+1)·2^level) — which is all
 * the projection stores; any root or proof needs O(log n) of them.
 *
 * Written here (the recursion is a dozen lines each) rather than taken from a package: the
 * npm Merkle libraries either hash differently (no 0x00/0x01 prefixes, sorted pairs) or
 * keep the whole tree in memory; the test vectors of RFC 6962 pin this one down.
 */
export type Hash = Buffer;

const sha256 = (...parts: Buffer[]): Hash => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = sha256();

export function leafHash(entry: Buffer | string): Hash {
  return sha256(LEAF_PREFIX, typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry);
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return sha256(NODE_PREFIX, left, right);
}

/**
 * The entry a leaf hashes: the canonical JSON of the event as stored — the same fields the
 * chain covers (chainedFields), without the chain's link to the previous hash.
 */
export function leafEntry(row: RawEventRow): string {
  return canonicalJson(chainedFields(row));
}

export const eventLeafHash = (row: RawEventRow): Hash => leafHash(leafEntry(row));

/** Where the perfect subtree hashes come from: memory, or the projection's table. */
export interface NodeSource {
  node(level: number, index: number): Hash;
}

/** The largest power of two strictly below n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number) => n > 0 && 2 ** Math.round(Math.log2(n)) === n;

/** MTH(D[start:end]); `start` is aligned as every range of the RFC's recursion is. */
export function rangeHash(src: NodeSource, start: number, end: number): Hash {
  const size = end - start;
  if (size === 0) return EMPTY_ROOT;
  if (isPowerOfTwo(size)) return src.node(Math.log2(size), start / size);
  const k = splitPoint(size);
  return nodeHash(src.node(Math.log2(k), start / k), rangeHash(src, start + k, end));
}

export const rootOf = (src: NodeSource, size: number): Hash => rangeHash(src, 0, size);

/** RFC 9162 §2.1.3.1: the audit path of leaf `index` in the tree of `size` leaves. */
export function inclusionPath(src: NodeSource, index: number, size: number): Hash[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path = (m: number, start: number, n: number): Hash[] => {
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, start, k), rangeHash(src, start + k, start + n)]
      : [...path(m - k, start + k, n - k), rangeHash(src, start, start + k)];
  };
  return path(index, 0, size);
}

/** RFC 9162 §2.1.4.1: the consistency proof from the tree of `first` leaves to the tree of `second`. */
export function consistencyPath(src: NodeSource, first: number, second: number): Hash[] {
  if (!(first >= 0 && first <= second)) throw new RangeError(`no consistency proof from ${first} to ${second}`);
  if (first === 0 || first === second) return [];
  const sub = (m: number, start: number, n: number, whole: boolean): Hash[] => {
    if (m === n) return whole ? [] : [rangeHash(src, start, start + n)];
    const k = splitPoint(n);
    return m <= k
      ? [...sub(m, start, k, whole), rangeHash(src, start + k, start + n)]
      : [...sub(m - k, start + k, n - k, false), rangeHash(src, start, start + k)];
  };
  return sub(first, 0, second, true);
}

/**
 * Runs `build` once against a recorder to learn which perfect subtrees it reads (the
 * recursion's shape depends on sizes only, never on hash values), fetches them in one go,
 * then runs it for real: a proof is one round trip to the database.
 */
export async function withNodes<T>(
  build: (src: NodeSource) => T,
  fetch: (keys: { level: number; index: number }[]) => Promise<Map<string, Hash>>,
): Promise<T> {
  const wanted = new Map<string, { level: number; index: number }>();
  const zero = Buffer.alloc(32);
  build({ node: (level, index) => (wanted.set(`${level}:${index}`, { level, index }), zero) });
  const found = await fetch([...wanted.values()]);
  return build({
    node: (level, index) => {
      const hash = found.get(`${level}:${index}`);
      if (!hash) throw new Error(`Merkle tree: node ${level}:${index} is not stored`);
      return hash;
    },
  });
}

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/**
 * The climb both RFC 9162 verifications share: from node `fn` of last node `sn`, each path
 * hash is a left sibling (`left`) or a right one; false unless the path ends at the root.
 */
function climb(fn: number, sn: number, path: Hash[], step: (sibling: Hash, left: boolean) => void): boolean {
  for (const sibling of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      step(sibling, true);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      step(sibling, false);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0;
}

/** RFC 9162 §2.1.3.2: does `path` prove leaf `index` (hash `leaf`) in the tree of `size` with `root`? */
export function verifyInclusion(leaf: Hash, index: number, size: number, path: Hash[], root: Hash): boolean {
  if (!(index >= 0 && index < size)) return false;
  let r = leaf;
  const reached = climb(index, size - 1, path, (p, left) => {
    r = left ? nodeHash(p, r) : nodeHash(r, p);
  });
  return reached && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `path` prove the tree (second, root2) extends the tree (first, root1)? */
export function verifyConsistency(first: number, second: number, root1: Hash, root2: Hash, path: Hash[]): boolean {
  if (!(first >= 0 && first <= second)) return false;
  if (first === 0) return path.length === 0 && root1.equals(EMPTY_ROOT);
  if (first === second) return path.length === 0 && root1.equals(root2);
  const proof = isPowerOfTwo(first) ? [root1, ...path] : path;
  if (proof.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = proof[0];
  let sr = proof[0];
  const reached = climb(fn, sn, proof.slice(1), (c, left) => {
    if (left) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
    } else {
      sr = nodeHash(sr, c);
    }
  });
  return reached && fr.equals(root1) && sr.equals(root2);
}

/**
 * A tree in memory, kept as the projection keeps it (every perfect subtree, appended one
 * leaf at a time): for tests, the bench, and recomputing a tree from a log afresh.
 */
export class MemoryTree implements NodeSource {
  readonly levels: Hash[][] = [[]];

  get size(): number {
    return this.levels[0].length;
  }

  append(leaf: Hash): void {
    let level = 0;
    let index = this.levels[0].length;
    let hash = leaf;
    this.levels[0].push(hash);
    while (odd(index)) {
      hash = nodeHash(this.levels[level][index - 1], hash);
      level += 1;
      index = half(index);
      (this.levels[level] ??= []).push(hash);
    }
  }

  node(level: number, index: number): Hash {
    const hash = this.levels[level]?.[index];
    if (!hash) throw new Error(`Merkle tree: no node ${level}:${index}`);
    return hash;
  }

  root(size = this.size): Hash {
    return rootOf(this, size);
  }
}
