import { HttpException, HttpStatus, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { PASSWORD_HASH_COST } from '@ledger/user';


/** How many hashes may wait for a worker thread before callers are told to come back (429). */
export const DEFAULT_HASH_QUEUE = 16;

/** Seconds a caller refused for a full queue is told to wait. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/** The pool is full: a 429 the error filter passes on with its code and Retry-After. */
export class PasswordHasherBusy extends HttpException {
  readonly retryAfterSeconds = BUSY_RETRY_AFTER_SECONDS;
  constructor() {
    super(
      {
        code: 'PASSWORD_HASHING_BUSY',
        message: 'Too many passwords are being checked right now: try again in a second.',
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

export interface PasswordHasherOptions {
  /** Worker threads; by default one fewer than the cores (at least one), so requests keep a core. */
  threads?: number;
  /** Hashes waiting beyond the running ones; more are refused with 429 PASSWORD_HASHING_BUSY. */
  queue?: number;
}

/**
 * bcrypt through `bcryptjs`, pure JavaScript, in a bounded pool of worker threads
 * (`piscina`): the main thread stays free for every other request, and a flood of sign-ins
 * waits in a short queue or is refused, instead of queueing without end. piscina is a
 * well-kept pool (Node.js core contributors) with the bounded queue built in.
 * The `argon2` package was tried first: its prebuilt linux-x64 binary segfaults on load on
 * these machines after a clean `npm ci`, and compiling it needs a toolchain a user may not have.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit, OnModuleDestroy {
  private readonly pool: Piscina;
  /** Verified against when the username is unknown, so both answers cost one verification. */
  private dummyHash = '';

  constructor(options: PasswordHasherOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
    this.pool = new Piscina({
      filename: join(__dirname, 'password-hash.worker.js'),
      minThreads: threads,
      maxThreads: threads,
      maxQueue: options.queue ?? DEFAULT_HASH_QUEUE,
      idleTimeout: 60_000,
      // Lower priority (where @napi-rs/nice loads): the event loop and the database come first.
      niceIncrement: 10,
    });
  }

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash('not a password of anyone');
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }

  hash(password: string): Promise<string> {
    return this.run({ op: 'hash', password, cost: PASSWORD_HASH_COST }) as Promise<string>;
  }

  /** False for a wrong password or an unreadable hash; a null hash still costs one verification. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const ok = (await this.run({ op: 'verify', password, hash: hash ?? this.dummyHash })) as boolean;
    return hash !== null && ok;
  }

  private async run(task: object): Promise<unknown> {
    // Refused before it is queued: piscina would reject it anyway, with a plain Error.
    if (this.pool.queueSize >= this.pool.options.maxQueue) throw new PasswordHasherBusy();
    try {
      return await this.pool.run(task);
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') throw new PasswordHasherBusy();
      throw error;
    }
  }
}
