import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * A bounded queue for expensive work (committee packs: a fold of the whole history, a chain
 * verification, a PDF): at most `concurrency` run at once and `waiting` more wait their turn;
 * beyond that the request is refused at once (429, Retry-After) instead of every request
 * slowing down together. A dozen lines, so no dependency: p-limit has no cap on its queue.
 */
export class RenderQueue {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly waiting: number,
    private readonly retryAfterSeconds = 5,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.queue.length >= this.waiting) {
        throw new HttpException(
          {
            code: 'PACK_QUEUE_FULL',
            message: `${this.running} committee packs are being built and ${this.queue.length} are waiting; try again in ${this.retryAfterSeconds} seconds.`,
            retryAfterSeconds: this.retryAfterSeconds,
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }
}

/** Injection token of the committee packs' queue. */
export const PACK_QUEUE = Symbol('PACK_QUEUE');
