import { BadRequestException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { allProjections, READ_DB } from '@ledger/catalogue';
import { waitForProjection } from '@ledger/platform/projection';
const PROJECTIONS = allProjections();

/**
 * Read-your-writes: a GET with `?waitForPosition=N` (the `position` a write
 * returned) waits until the projections have applied N, up to 5 s. The header
 * `X-Projected-Through` says whether it got there.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
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
    return from(waitForProjection(this.db, this.store, position, PROJECTIONS)).pipe(
      switchMap((reached) => {
        context.switchToHttp().getResponse<Response>().setHeader('X-Projected-Through', reached ? String(position) : 'pending');
        return next.handle();
      }),
    );
  }
}
