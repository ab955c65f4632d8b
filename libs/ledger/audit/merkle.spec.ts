import { consistencyPath, EMPTY_ROOT, inclusionPath, leafHash, MemoryTree, nodeHash, rangeHash, verifyConsistency, verifyInclusion, withNodes, type Hash } from './merkle';

/*
 * The Certificate Transparency reference vectors (RFC 6962's tree of eight leaves, as the
 * reference implementations test it: certificate-transparency's merkle_tree_test, and
 * transparency-dev/merkle's testonly data): the leaves, the root of every size 1..8, and
 * inclusion and consistency proofs. Data only.
 */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
/** Leaf index (0-based), tree size, audit path. */
const INCLUSION: [number, number, string[]][] = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
/** First size, second size, proof. */
const CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];

const hex = (hs: Hash[]) => hs.map((h) => h.toString('hex'));
const unhex = (hs: string[]) => hs.map((h) => Buffer.from(h, 'hex'));
const root = (n: number) => Buffer.from(ROOTS[n - 1], 'hex');

function referenceTree(): MemoryTree {
  const tree = new MemoryTree();
  for (const leaf of LEAVES) tree.append(leafHash(leaf));
  return tree;
}

describe('Merkle tree (RFC 9162 / RFC 6962 reference vectors)', () => {
  const tree = referenceTree();

  it('hashes leaves with 0x00 and nodes with 0x01; the empty tree is SHA-256 of nothing', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(leafHash(LEAVES[0]).toString('hex')).toBe(ROOTS[0]);
    expect(nodeHash(leafHash(LEAVES[0]), leafHash(LEAVES[1])).toString('hex')).toBe(ROOTS[1]);
    expect(nodeHash(leafHash(LEAVES[1]), leafHash(LEAVES[0])).toString('hex')).not.toBe(ROOTS[1]);
  });

  it('gives the reference root for every size 1..8, from a tree kept incrementally', () => {
    for (let n = 1; n <= 8; n++) expect({ n, root: tree.root(n).toString('hex') }).toEqual({ n, root: ROOTS[n - 1] });
    expect(tree.root(0)).toEqual(EMPTY_ROOT);
  });

  it.each(INCLUSION)('inclusion proof of leaf %i in the tree of %i is the reference one, and verifies', (index, size, proof) => {
    expect(hex(inclusionPath(tree, index, size))).toEqual(proof);
    expect(verifyInclusion(leafHash(LEAVES[index]), index, size, unhex(proof), root(size))).toBe(true);
  });

  it.each(CONSISTENCY)('consistency proof from %i to %i is the reference one, and verifies', (first, second, proof) => {
    expect(hex(consistencyPath(tree, first, second))).toEqual(proof);
    expect(verifyConsistency(first, second, root(first), root(second), unhex(proof))).toBe(true);
  });

  it('refuses a wrong leaf, index, size, root or a mangled path', () => {
    const path = unhex(INCLUSION[2][2]);
    const leaf = leafHash(LEAVES[5]);
    expect(verifyInclusion(leafHash(LEAVES[4]), 5, 8, path, root(8))).toBe(false);
    expect(verifyInclusion(leaf, 4, 8, path, root(8))).toBe(false);
    expect(verifyInclusion(leaf, 5, 7, path, root(7))).toBe(false);
    expect(verifyInclusion(leaf, 5, 8, path, root(7))).toBe(false);
    expect(verifyInclusion(leaf, 5, 8, path.slice(0, 2), root(8))).toBe(false);
    expect(verifyInclusion(leaf, 5, 8, [...path, path[0]], root(8))).toBe(false);
    expect(verifyInclusion(leaf, 8, 8, path, root(8))).toBe(false);
    const c = unhex(CONSISTENCY[2][2]);
    expect(verifyConsistency(6, 8, root(5), root(8), c)).toBe(false);
    expect(verifyConsistency(6, 8, root(6), root(7), c)).toBe(false);
    expect(verifyConsistency(6, 8, root(6), root(8), c.slice(1))).toBe(false);
    expect(verifyConsistency(6, 8, root(6), root(8), [c[1], c[0], c[2]])).toBe(false);
    expect(verifyConsistency(8, 6, root(8), root(6), c)).toBe(false);
    expect(verifyConsistency(6, 6, root(6), root(6), [])).toBe(true);
    expect(verifyConsistency(6, 6, root(6), root(7), [])).toBe(false);
  });

  it('every proof of every size up to 70 verifies, and is at most 2·log2(n) hashes', () => {
    const big = new MemoryTree();
    for (let i = 0; i < 70; i++) big.append(leafHash(Buffer.from(`leaf ${i}`)));
    for (let n = 1; n <= 70; n++) {
      const r = big.root(n);
      for (let i = 0; i < n; i++) {
        const path = inclusionPath(big, i, n);
        expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        if (!verifyInclusion(big.node(0, i), i, n, path, r)) throw new Error(`inclusion ${i}/${n}`);
      }
      for (let m = 1; m <= n; m++) {
        const path = consistencyPath(big, m, n);
        expect(path.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)));
        if (!verifyConsistency(m, n, big.root(m), r, path)) throw new Error(`consistency ${m}→${n}`);
      }
    }
  });

  it('builds a proof from one fetch of exactly the nodes it needs', async () => {
    let fetched = 0;
    const proof = await withNodes(
      (src) => inclusionPath(src, 5, 7),
      async (keys) => {
        fetched += keys.length;
        return new Map(keys.map((k) => [`${k.level}:${k.index}`, tree.node(k.level, k.index)]));
      },
    );
    expect(proof).toEqual(inclusionPath(tree, 5, 7));
    expect(fetched).toBe(3);
    expect(rangeHash(tree, 4, 7)).toEqual(nodeHash(tree.node(1, 2), tree.node(0, 6)));
  });
});
