import { BadRequestException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { allProjections, answerFromPrimary, QUERY_DB, READ_DB } from '@ledger/catalogue';
import { waitForProjection } from '@ledger/platform/projection';
import { DATABASE_INFO, type DatabaseInfo } from './database-info';
const PROJECTIONS = allProjections();
const BOUND_MS = 5000;

/**
 * Read-your-writes: a GET with `?waitForPosition=N` (the `position` a write
 * returned) waits until the projections have applied N, up to 5 s. The header
 * `X-Projected-Through` says whether it got there.
 *
 * With a read URL (a hot standby), the wait reads the checkpoints the standby has
 * replayed, so the answer it gives is at least as new as N. Past the standby's bound
 * (READ_YOUR_WRITES_STANDBY_WAIT_MS) the request is answered from the primary instead,
 * and `X-Read-From: primary` says so; a stale standby answer is never passed off as current.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(QUERY_DB) private readonly queryDb: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const standby = this.queryDb !== this.db;
    if (request.method === 'GET' && standby) response.setHeader('X-Read-From', 'standby');
    const raw = request.query?.waitForPosition;
    if (request.method !== 'GET' || raw === undefined) return next.handle();
    if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: 'waitForPosition must be a global position (a whole number)',
        errors: [{ field: 'waitForPosition', messages: ['must be a whole number'] }],
      });
    }
    const position = Number(raw);
    if (!standby) {
      return from(waitForProjection(this.db, this.store, position, PROJECTIONS, BOUND_MS)).pipe(
        switchMap((reached) => {
          response.setHeader('X-Projected-Through', reached ? String(position) : 'pending');
          return next.handle();
        }),
      );
    }
    const standbyWaitMs = Math.min(this.database.standbyWaitMs ?? 1000, BOUND_MS);
    return from(this.waitOnStandbyThenPrimary(position, standbyWaitMs)).pipe(
      switchMap(({ reached, on }) => {
        response.setHeader('X-Projected-Through', reached ? String(position) : 'pending');
        if (on === 'standby') return next.handle();
        response.setHeader('X-Read-From', 'primary');
        // The handler runs on subscription: inside answerFromPrimary, QUERY_DB is the primary's.
        return new Observable((subscriber) => answerFromPrimary(() => next.handle().subscribe(subscriber)));
      }),
    );
  }

  private async waitOnStandbyThenPrimary(position: number, standbyWaitMs: number): Promise<{ reached: boolean; on: 'standby' | 'primary' }> {
    const started = Date.now();
    if (await waitForProjection(this.queryDb, this.store, position, PROJECTIONS, standbyWaitMs)) return { reached: true, on: 'standby' };
    const rest = Math.max(0, BOUND_MS - (Date.now() - started));
    return { reached: await waitForProjection(this.db, this.store, position, PROJECTIONS, rest), on: 'primary' };
  }
}
