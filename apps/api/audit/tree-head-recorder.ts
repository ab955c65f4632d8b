import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { merkleTreeSize, recordSignedHead, type LogKey } from '@ledger/audit';
import { READ_DB } from '@ledger/catalogue';
import { LOG_KEY } from './log-key.module';
import { merkleSql } from './merkle-sql';

/** How often a head is signed while the log grows (ms): LEDGER_TREE_HEAD_INTERVAL_MS, default 10 minutes; 0 = never. */
const intervalMs = () => Number(process.env.LEDGER_TREE_HEAD_INTERVAL_MS ?? 600_000);

/**
 * Records a signed tree head periodically, so the log's history of heads does not depend
 * on anyone asking (packs record theirs too). Replicas doing it at once agree: one head per size.
 */
@Injectable()
export class TreeHeadRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TreeHeads');
  private timer?: NodeJS.Timeout;
  private last = 0;

  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(LOG_KEY) private readonly key: LogKey,
  ) {}

  onApplicationBootstrap(): void {
    const every = intervalMs();
    if (!(every > 0)) return;
    this.timer = setInterval(() => void this.record(), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async record(): Promise<void> {
    try {
      const sql = merkleSql(this.db);
      const size = await merkleTreeSize(sql);
      if (size === 0 || size === this.last) return;
      await recordSignedHead(sql, this.key, size);
      this.last = size;
    } catch (error) {
      this.logger.warn(`Could not record a signed tree head: ${(error as Error).message}`);
    }
  }
}
