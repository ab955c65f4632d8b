#!/usr/bin/env node
// Checks a Programme Ledger committee pack (JSON) without trusting the server that made it:
// the tree head's Ed25519 signature, an RFC 9162 inclusion proof for every change, decision
// and matter arising (the events it was built from) the pack lists, and the consistency proof
// from a head the committee already holds. Plain Node (18+), nothing to install: node:crypto and the algorithms of RFC 9162 §2.1.
//
//   node tools/verify-pack/verify-pack.mjs pack.json --previous-head <hex> --size <N>
//        [--consistency proof.json] [--key-fingerprint <hex>]
//
// Exit status: 0 every check passed, 1 a check failed, 2 the command line or file is unusable.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const usage = `usage: node verify-pack.mjs <pack.json> [--previous-head <root hex> --size <tree size>] [--consistency <proof.json>] [--key-fingerprint <hex>]`;

// ---- the algorithms (RFC 8785-style canonical JSON, RFC 9162 hashing and proofs) ----

/** Keys sorted by UTF-16 code units, no whitespace, strings and numbers as JSON.stringify writes them. */
function canonicalJson(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`not a JSON number: ${value}`);
  return JSON.stringify(value);
}

const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const leafHash = (entry) => sha256(Buffer.from([0]), Buffer.from(entry, 'utf8'));
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);
const odd = (n) => n % 2 === 1;
const half = (n) => Math.floor(n / 2);
const isHash = (h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h);
const unhex = (h) => Buffer.from(h, 'hex');

/** RFC 9162 §2.1.3.2. */
function verifyInclusion(leaf, index, size, path, root) {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2. */
function verifyConsistency(first, second, root1, root2, path) {
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(second) && first >= 1 && first <= second)) return false;
  if (first === second) return path.length === 0 && root1.equals(root2);
  const proof = Number.isInteger(Math.log2(first)) ? [root1, ...path] : path;
  if (proof.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = proof[0];
  let sr = proof[0];
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
}

/** The signed message: canonical JSON of what the head is (see libs/ledger/audit/merkle-log.ts). */
function verifyHead(head) {
  try {
    const raw = Buffer.from(head.publicKey, 'base64');
    if (raw.length !== 32) return false;
    const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
    const message = canonicalJson({ kind: 'programme-ledger-tree-head', version: 1, treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp });
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

// ---- the command ----

function parseArgs(argv) {
  const options = { file: undefined, previousHead: undefined, size: undefined, consistency: undefined, fingerprint: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--previous-head') options.previousHead = value().toLowerCase();
    else if (a === '--size') options.size = Number(value());
    else if (a === '--consistency') options.consistency = value();
    else if (a === '--key-fingerprint') options.fingerprint = value().toLowerCase();
    else if (a === '--help' || a === '-h') throw new Error('help');
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (options.file === undefined) options.file = a;
    else throw new Error(`one pack at a time (got ${options.file} and ${a})`);
  }
  if (!options.file) throw new Error('name the pack file');
  if ((options.previousHead === undefined) !== (options.size === undefined)) throw new Error('--previous-head and --size go together');
  if (options.previousHead !== undefined && !isHash(options.previousHead)) throw new Error('--previous-head must be a SHA-256 root in hex (64 characters)');
  if (options.size !== undefined && !(Number.isSafeInteger(options.size) && options.size >= 1)) throw new Error('--size must be a whole number of events, 1 or more');
  if (options.fingerprint !== undefined && !isHash(options.fingerprint)) throw new Error('--key-fingerprint must be a SHA-256 fingerprint in hex');
  return options;
}

function main(argv) {
  let options;
  let pack;
  try {
    options = parseArgs(argv);
    pack = JSON.parse(readFileSync(options.file, 'utf8'));
    if (pack?.kind !== 'committee-pack') throw new Error(`${options.file} is not a committee pack (JSON)`);
    if (!pack.log) throw new Error(`${options.file} has no Merkle log section: it was built without the log key`);
  } catch (error) {
    console.error(error.message === 'help' ? usage : `verify-pack: ${error.message}\n${usage}`);
    return 2;
  }
  const failures = [];
  const check = (ok, what, why) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !why ? '' : `: ${why}`}`);
    if (!ok) failures.push(what);
    return ok;
  };
  const { signedHead: head, consistency, inclusion } = pack.log;
  const size = head?.treeSize;
  const root = isHash(head?.rootHash) ? unhex(head.rootHash) : Buffer.alloc(32);

  // 1. The pack is whole, and its head is signed by the log key.
  const { digest, ...content } = pack;
  check(sha256(Buffer.from(canonicalJson(content), 'utf8')).toString('hex') === digest, 'pack digest matches its content');
  const fingerprint = head?.publicKey ? sha256(Buffer.from(head.publicKey, 'base64')).toString('hex') : '';
  check(fingerprint === head?.keyFingerprint, 'key fingerprint is that of the public key in the pack');
  check(verifyHead(head), `tree head signature (Ed25519, tree size ${size}, root ${head?.rootHash})`, 'the head was not signed by this key, or was changed after signing');
  if (options.fingerprint) check(options.fingerprint === fingerprint, 'log key is the one you expected', `the pack's key has fingerprint ${fingerprint}`);
  else console.log(`note key fingerprint ${fingerprint}: compare it with GET /.well-known/ledger-log-key or an earlier pack (or pass --key-fingerprint)`);
  check(pack.chainHead?.events === size, 'the signed head covers the events of the pack\'s chain head', `chain head covers ${pack.chainHead?.events}, tree ${size}`);

  // 2. Every event listed is in the tree of that head, and is what the pack says it is.
  let proven = 0;
  const byPosition = new Map();
  for (const entry of inclusion ?? []) {
    const leaf = leafHash(canonicalJson(entry.event));
    const ok =
      entry.event?.globalPosition === entry.position &&
      Array.isArray(entry.path) &&
      entry.path.every(isHash) &&
      verifyInclusion(leaf, entry.leafIndex, size, entry.path.map(unhex), root);
    if (ok) proven += 1;
    else check(false, `inclusion proof of the event at position ${entry.position}`, 'it is not in the tree of the signed head');
    byPosition.set(entry.position, { entry, ok });
  }
  check(proven === (inclusion ?? []).length, `${proven}/${(inclusion ?? []).length} inclusion proofs verify against the signed root`);
  const changes = pack.changes?.events ?? [];
  const unproven = changes.filter((c) => {
    const found = byPosition.get(c.position);
    return !found?.ok || found.entry.event.type !== c.type || found.entry.event.streamId !== c.streamId;
  });
  check(unproven.length === 0, `${changes.length - unproven.length}/${changes.length} changes listed are proven events of the log`, `not proven: positions ${unproven.map((c) => c.position).join(', ')}`);
  const decisions = pack.decisions ?? [];
  const proofs = [...byPosition.values()];
  const undecided = decisions.filter(
    (d) => !proofs.some(({ entry, ok }) => ok && entry.decisionId === d.decisionId && entry.event.type === 'DecisionRecorded' && entry.event.data?.decisionId === d.decisionId),
  );
  check(undecided.length === 0, `${decisions.length - undecided.length}/${decisions.length} decisions listed are proven events of the log`, `not proven: ${undecided.map((d) => d.decisionId).join(', ')}`);
  // Each matter arising listed (action, issue, reporting duty) rests on proven events that name it.
  const ma = pack.mattersArising ?? {};
  const listedMatters = [
    ...[...(ma.actionsDue ?? []), ...(ma.actionsDoneSinceLastMeeting ?? []), ...(ma.actionsOverdue ?? [])].map((a) => ({ kind: 'action', id: a.actionId, field: 'actionId' })),
    ...(ma.issuesOpen ?? []).map((i) => ({ kind: 'issue', id: i.issueId, field: 'issueId' })),
    ...(ma.reports ?? []).map((r) => ({ kind: 'reporting-duty', id: r.dutyId, field: 'dutyId' })),
  ];
  const matters = [...new Map(listedMatters.map((m) => [`${m.kind}:${m.id}`, m])).values()];
  const unfounded = matters.filter(
    (m) => !proofs.some(({ entry, ok }) => ok && entry.matter?.kind === m.kind && entry.matter?.id === m.id && entry.event.data?.[m.field] === m.id),
  );
  check(unfounded.length === 0, `${matters.length - unfounded.length}/${matters.length} matters arising listed rest on proven events of the log`, `not proven: ${unfounded.map((m) => `${m.kind} ${m.id}`).join(', ')}`);

  // 3. Nothing before the head you hold was altered, removed or inserted.
  if (options.previousHead !== undefined) {
    let proof = consistency;
    if (options.consistency) {
      try {
        proof = JSON.parse(readFileSync(options.consistency, 'utf8'));
      } catch (error) {
        console.error(`verify-pack: ${options.consistency}: ${error.message}`);
        return 2;
      }
    }
    if (options.size === size) {
      check(options.previousHead === head.rootHash, `the pack's head is the head you hold (size ${size})`, 'same size, different root: the log was rewritten');
    } else if (options.size > size) {
      check(false, `the head you hold (size ${options.size}) is before this pack's (size ${size})`, 'it is later: this pack is older than the head you hold');
    } else if (!proof || proof.fromSize !== options.size) {
      check(
        false,
        `a consistency proof from size ${options.size}`,
        `the pack proves from size ${proof?.fromSize ?? 'none'}; fetch GET /audit/log/consistency?from=${options.size}&to=${size} and pass it with --consistency`,
      );
    } else {
      const ok =
        proof.toSize === size &&
        Array.isArray(proof.path) &&
        proof.path.every(isHash) &&
        verifyConsistency(options.size, size, unhex(options.previousHead), root, proof.path.map(unhex));
      check(ok, `consistency: the signed head (size ${size}) extends the head you hold (size ${options.size}, root ${options.previousHead})`, 'the history before the head you hold was changed (altered, removed or inserted), or this is another log');
    }
  } else if (consistency) {
    const ok = verifyConsistency(consistency.fromSize, size, unhex(consistency.fromRoot), root, consistency.path.map(unhex));
    check(ok, `the pack's own consistency proof from size ${consistency.fromSize} (root ${consistency.fromRoot})`);
    console.log(`note pass --previous-head <root> --size <N> from the last pack you hold: only then is the history before it proven unchanged`);
  }

  console.log(failures.length === 0 ? 'VERIFIED: every check passed' : `NOT VERIFIED: ${failures.length} check(s) failed`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
