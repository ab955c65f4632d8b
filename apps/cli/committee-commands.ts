import { writeFile } from 'node:fs/promises';
import { newPgClient } from '@ledger/platform/database';
import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@ledger/platform/event-store';
import { allProjections } from '@ledger/catalogue';
import { buildCommitteePack, PACK_PROJECTIONS, PACK_TABLE_NAMES, packCsv, packJson, packPdf, packXlsx } from '@ledger/committee';
import { CheckpointMovedError, lockKey, ProjectionRunner } from '@ledger/platform/projection';
import { loadOrCreateLogKey, verifyChain, type ChainVerification, type LogKey } from '@ledger/audit';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The API's log key, where this data dir has one: the pack then carries the Merkle log's signed head and proofs. */
function existingLogKey(stateDir: string): LogKey | undefined {
  const file = resolve(stateDir, 'log-signing-key.pem');
  return existsSync(file) ? loadOrCreateLogKey(file).key : undefined;
}

interface Stores {
  store: EventStore;
  db: DataSource;
  close(): Promise<void>;
}

export interface CommitteeCommandContext {
  withDatabase<T>(work: (url: string) => Promise<T>): Promise<T>;
  openStores(url: string): Promise<Stores>;
  /** The event store EVENT_STORE_ENGINE selects, migrated. */
  openEventStore(url: string): Promise<EventStore>;
  /** LEDGER_DATA_DIR, resolved: where the API keeps the log's signing key. */
  stateDir: string;
}

const wholeNumber = (name: string) => (value: string) => {
  if (!/^\d{1,15}$/.test(value)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return Number(value);
};
const moment = (name: string) => (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw new Error(`${name} must be a date (YYYY-MM-DD) or an ISO 8601 moment, got "${value}"`);
  }
  return value;
};

/** What `verify` prints: one line a person reads, then the details. */
export function describeVerification(result: ChainVerification): string[] {
  const lines: string[] = [];
  const head = result.chainHead;
  if (result.ok) {
    lines.push(`OK: the log matches the audit chain (${result.checkedEvents} events recomputed; chain head at position ${head.position}, link ${head.events}).`);
  } else if (result.firstBreak) {
    lines.push(`BROKEN at position ${result.firstBreak.position}: ${result.firstBreak.kind}. ${result.firstBreak.message}.`);
  } else {
    lines.push('BROKEN: the history does not match the head given.');
  }
  if (result.verifiedThrough) lines.push(`Verified through position ${result.verifiedThrough.position} (link ${result.verifiedThrough.events}): ${result.verifiedThrough.hash}`);
  lines.push(`Chain head: position ${head.position}, ${head.events} events, ${head.hash}`);
  if (result.expectedHead) lines.push(`Head given (position ${result.expectedHead.position}): ${result.expectedHead.matches ? 'MATCHES' : 'DOES NOT MATCH'}. ${result.expectedHead.message}.`);
  if (result.notYetChained > 0) {
    lines.push(`${result.notYetChained} event${result.notYetChained === 1 ? '' : 's'} at the end of the log not linked yet (the projector is behind).`);
  }
  return lines;
}

/**
 * Brings the pack's projections (audit chain, audit history) up to the log, unless
 * a running projector is active for them — then that one does it and the pack waits.
 * The advisory lock is the projector's own, so the two never run one projection at once.
 */
async function catchUpPackProjections(url: string, { db, store }: Stores): Promise<void> {
  const client = newPgClient(url, { application_name: 'ledger-cli-pack' });
  await client.connect();
  try {
    for (const projection of allProjections().filter((p) => (PACK_PROJECTIONS as readonly string[]).includes(p.name))) {
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', [lockKey(projection.name)]);
      if (!rows[0].ok) continue;
      try {
        const runner = new ProjectionRunner(db, store, projection, { batchSize: 2000 });
        await runner.loadCheckpoint();
        await runner.catchUp().catch((error) => {
          if (!(error instanceof CheckpointMovedError)) throw error;
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey(projection.name)]);
      }
    }
  } finally {
    await client.end();
  }
}

/** `verify` and `pack`: the oversight committee's commands. */
export function registerCommitteeCommands(program: Command, { withDatabase, openStores, openEventStore, stateDir }: CommitteeCommandContext): void {
  program
    .command('verify')
    .description(
      'Recompute the audit chain from the event log: OK, or the first position where it breaks. ' +
        'With --position and --hash (a head recorded earlier, e.g. in a committee pack): prove nothing up to it changed',
    )
    .option('--position <n>', 'the global position the head was recorded at', wholeNumber('--position'))
    .option('--hash <sha256>', 'the chain hash recorded at that position')
    .option('--json', 'print the full result as JSON')
    .action(async (options: { position?: number; hash?: string; json?: boolean }) => {
      const ok = await withDatabase(async (url) => {
        if ((options.position === undefined) !== (options.hash === undefined)) throw new Error('--position and --hash go together');
        if (options.hash !== undefined && !/^[0-9a-fA-F]{64}$/.test(options.hash)) throw new Error('--hash must be a SHA-256 hash in hex (64 characters)');
        const store = await openEventStore(url);
        const client = newPgClient(url, { application_name: 'ledger-cli-verify' });
        let result: ChainVerification;
        try {
          await client.connect();
          const started = Date.now();
          result = await verifyChain(async (text, params) => (await client.query(text, params as unknown[])).rows, {
            upTo: options.position,
            expectedHash: options.hash,
            store,
          });
          if (!options.json) console.error(`Recomputed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        } finally {
          await client.end();
          await store.close();
        }
        console.log(options.json ? JSON.stringify(result, null, 2) : describeVerification(result).join('\n'));
        return result.ok;
      });
      // Exit status 2 when the history does not verify (the embedded server's exit hook would otherwise make it 0).
      if (!ok) process.exit(2);
    });

  program
    .command('pack')
    .argument('<programmeId>', 'the programme, e.g. met-modernisation')
    .description('Build the committee pack for a meeting (PDF, CSV, XLSX or JSON); the same meeting and chain head always give the same pack')
    .requiredOption('--meeting <date>', 'the meeting: YYYY-MM-DD (the end of that day, UTC) or an ISO 8601 moment', moment('--meeting'))
    .option('--previous <date>', 'the previous meeting (changes are listed since then)', moment('--previous'))
    .option('--format <format>', 'pdf, csv, xlsx or json', 'pdf')
    .option('--head <position>', 'build from the log up to this chain position (as an earlier pack names it)', wholeNumber('--head'))
    .option('--risk-threshold <score>', 'list open risks scoring at least this', wholeNumber('--risk-threshold'), 15)
    .option('--table <name>', `with --format csv: one table alone (${PACK_TABLE_NAMES.join(', ')})`)
    .option('--basis <basis>', 'recorded (as the ledger held it at the meeting) or business (as the record tells it on the meeting day)', 'recorded')
    .option('--out <file>', 'where to write it (default: committee-pack-<programme>-<meeting>-head-<position>.<format>)')
    .action(
      (
        programmeId: string,
        options: { meeting: string; previous?: string; format: string; head?: number; riskThreshold: number; table?: string; out?: string; basis: string },
      ) =>
        withDatabase(async (url) => {
          if (!['pdf', 'csv', 'xlsx', 'json'].includes(options.format)) throw new Error(`--format must be pdf, csv, xlsx or json, got "${options.format}"`);
          if (options.basis !== 'recorded' && options.basis !== 'business') throw new Error(`--basis must be recorded or business, got "${options.basis}"`);
          const stores = await openStores(url);
          try {
            await catchUpPackProjections(url, stores);
            const pack = await buildCommitteePack(stores.db, stores.store, {
              programmeId,
              meeting: options.meeting,
              previous: options.previous,
              riskThreshold: options.riskThreshold,
              head: options.head,
              basis: options.basis,
              waitMs: 30_000,
            }, existingLogKey(stateDir));
            const body =
              options.format === 'pdf'
                ? await packPdf(pack)
                : options.format === 'xlsx'
                  ? await packXlsx(pack)
                  : Buffer.from(options.format === 'csv' ? packCsv(pack, options.table) : packJson(pack), 'utf8');
            const out = options.out ?? `committee-pack-${pack.programme.programmeId}-${pack.meeting.date}-head-${pack.chainHead.position}.${options.format}`;
            await writeFile(out, body);
            console.log(`Wrote ${out} (${body.length} bytes).`);
            console.log(`Programme ${pack.programme.name}, meeting ${pack.meeting.date}${pack.previousMeeting ? `, changes since ${pack.previousMeeting.date}` : ''}.`);
            console.log(`Chain head: position ${pack.chainHead.position}, ${pack.chainHead.hash}. Pack digest: ${pack.digest}.`);
            console.log(`Check it later: npm run cli -- verify --position ${pack.chainHead.position} --hash ${pack.chainHead.hash}`);
          } finally {
            await stores.close();
          }
        }),
    );
}
