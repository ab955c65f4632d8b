import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventToAppend } from '@ledger/platform/event-store';

/**
 * Realistic events: a few hundred bytes of data, and metadata with actor,
 * correlation and causation ids and a reason, as the product's commands record.
 */
const ROLES = ['programme-office', 'workstream-lead', 'oversight-committee'];
const TYPES = ['ProposalSubmitted', 'BenefitForecastRevised', 'MilestoneRescheduled', 'RiskRaised'];

export interface BenchEvent {
  event: EventToAppend;
  metadata: EventMetadata;
}

export function benchMetadata(i: number): EventMetadata {
  return {
    actor: {
      id: `user-${(i % 97).toString().padStart(4, '0')}`,
      name: 'Alex Morgan',
      role: ROLES[i % ROLES.length],
    },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    reason:
      'Quarterly re-baseline agreed at the programme board; figures from the finance business partner.',
  };
}

export function benchEvent(i: number): EventToAppend {
  const type = TYPES[i % TYPES.length];
  return {
    eventId: randomUUID(),
    event: {
      type,
      data: {
        programmeId: `prog-${(i % 13).toString().padStart(3, '0')}`,
        proposalId: `prop-${i}`,
        title: 'Consolidate regional case-management systems onto one shared platform',
        summary: 'Retire three legacy systems, migrate open cases and train 240 caseworkers.',
        amount: { pence: 125_000_000 + i, currency: 'GBP' },
        financialYear: '2025-26',
        benefits: [
          { kind: 'cashable', description: 'Licence savings', pence: 42_000_000 },
          { kind: 'non-cashable', description: 'Caseworker hours released', hours: 18_500 },
        ],
        milestone: { id: `ms-${i % 50}`, due: '2026-03-31' },
      },
    },
  };
}

/** What the floor stores per row: the same bytes the store writes for an event. */
export function floorRow(event: EventToAppend, metadata: EventMetadata): string {
  return JSON.stringify({
    eventId: event.eventId,
    type: event.event.type,
    data: event.event.data,
    metadata,
  });
}
