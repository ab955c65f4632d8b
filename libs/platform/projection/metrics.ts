import { createHash, timingSafeEqual } from 'node:crypto';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@ledger/platform/event-store';
import type { Projector } from './projector';
import { projectionLag } from './projection-status';

/**
 * Prometheus metrics for an app: projection lag (events and seconds), whether
 * this process is the active runner, and how many committed events an open
 * transaction holds back from every reader. Values are read at scrape time.
 */
export function createMetrics(db: DataSource, store: EventStore, projector?: Projector | null): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const lagEvents = new Gauge({ name: 'ledger_projection_lag_events', help: 'Events in the log not yet applied by the projection', labelNames: ['projection'], registers: [registry] });
  const lagSeconds = new Gauge({ name: 'ledger_projection_lag_seconds', help: 'Age of the oldest event not yet applied by the projection', labelNames: ['projection'], registers: [registry] });
  const active = new Gauge({ name: 'ledger_projection_active', help: '1 when this process is the active runner of the projection', labelNames: ['projection'], registers: [registry] });
  const held = new Gauge({ name: 'ledger_event_log_held_events', help: 'Committed events readers cannot see yet because an older transaction is still open', registers: [registry] });
  const holderAge = new Gauge({ name: 'ledger_event_log_holder_age_seconds', help: 'Age of the open transaction holding readers back (0 when none)', registers: [registry] });
  const head = new Gauge({
    name: 'ledger_event_log_last_position',
    help: 'Last global position in the event log',
    registers: [registry],
    async collect() {
      const [h, lags] = await Promise.all([store.head(), projectionLag(db, store)]);
      this.set(h.lastPosition);
      held.set(h.hold.heldEvents);
      holderAge.set(h.hold.holder?.ageSeconds ?? 0);
      for (const lag of lags) {
        lagEvents.set({ projection: lag.name }, lag.eventsBehind);
        lagSeconds.set({ projection: lag.name }, lag.secondsBehind);
      }
      for (const s of projector?.statuses() ?? []) active.set({ projection: s.name }, s.active ? 1 : 0);
    },
  });
  void head;
  return registry;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether an `Authorization` header carries the metrics token (`Bearer <METRICS_TOKEN>`),
 * compared as digests in constant time. No token configured: nobody may read the metrics
 * (they name the runtime's versions).
 */
export function metricsTokenMatches(authorization: string | undefined, token: string | null | undefined): boolean {
  const sent = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  return Boolean(token) && sent !== undefined && timingSafeEqual(digest(sent), digest(token!));
}
