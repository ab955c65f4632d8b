import type { DomainEventType } from '@ledger/catalogue';
import type { StoredEvent } from '@ledger/platform/event-store';

/**
 * Each event type's own calendar date: the day its fact took effect in the world (a
 * decision's date, a lead's start, an assessment's day …), as against when it was
 * recorded. Target dates (a milestone's baseline or forecast) are not such days.
 */
const OWN_DATE: Partial<Record<DomainEventType, string>> = {
  ProgrammeDirectorAppointed: 'effectiveDate',
  ConsultationOpened: 'opensOn',
  ConsultationClosed: 'closedOn',
  ProposalAgreed: 'decisionDate',
  ProposalNotTakenForward: 'decisionDate',
  ProposalDeferred: 'decisionDate',
  ProposalReopened: 'reopenedOn',
  LeadAssigned: 'effectiveDate',
  EqualityImpactAssessed: 'assessedOn',
  DeliveryConfidenceAssessed: 'assessedOn',
  ProposalDeliveryStarted: 'startedOn',
  ProposalClosed: 'closedOn',
  BusinessCaseSubmitted: 'submittedOn',
  BusinessCaseApproved: 'decisionDate',
  BusinessCaseReturned: 'decisionDate',
  DecisionRecorded: 'decisionDate',
  MilestoneAchieved: 'achievedOn',
  // Optional days (schema v2): where null, the event goes with the one before it.
  BenefitPlanned: 'plannedOn',
  BenefitReforecast: 'reforecastOn',
  MilestonePlanned: 'plannedOn',
  MilestoneRescheduled: 'rescheduledOn',
  RiskRaised: 'raisedOn',
  RiskReassessed: 'reassessedOn',
  RiskClosed: 'closedOn',
  // The oversight loop (a meeting scheduled, an agenda item, a duty set name no day of their own).
  MeetingHeld: 'heldOn',
  ActionRaised: 'raisedOn',
  ActionCompleted: 'completedOn',
  ActionDropped: 'droppedOn',
  IssueRaised: 'raisedOn',
  IssueEscalated: 'escalatedOn',
  IssueResolved: 'resolvedOn',
  ReportReceived: 'receivedOn',
  // The plan it serves: a plan adopted, priorities and objectives defined or changed, actuals reported.
  ProposalAimsAmended: 'amendedOn',
  BenefitObjectivesLinked: 'linkedOn',
  PlanDefined: 'adoptedOn',
  PriorityDefined: 'definedOn',
  PriorityReworded: 'rewordedOn',
  PriorityRetired: 'retiredOn',
  ObjectiveDefined: 'definedOn',
  AccountabilityAssigned: 'assignedOn',
  IndicatorDefined: 'definedOn',
  ActualReported: 'reportedOn',
  ActualCorrected: 'correctedOn',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The streams of the plan around a programme: every event of theirs names its day (a target goes with the one before it). */
const AROUND_THE_PROGRAMME = /^(plan|objective)-/;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** The last day of a benefit period: 2006/07 → 2007-03-31; 2006-Q3 → 2006-09-30 (calendar quarters). */
export function periodEnd(period: string): string | null {
  const year = /^(\d{4})\/\d{2}$/.exec(period);
  if (year) return `${Number(year[1]) + 1}-03-31`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${QUARTER_END[Number(quarter[2]) - 1]}` : null;
}

/**
 * The calendar date an event speaks of, where it has one: its type's own date, or for a
 * benefit realisation the end of the period it reports (a period's actual is a fact about
 * that period). Null for events that name no day (a proposal registered, a benefit planned).
 */
export function businessDateOf(event: Pick<StoredEvent, 'type' | 'data'>): string | null {
  const data = event.data as Record<string, unknown>;
  const field = OWN_DATE[event.type as DomainEventType];
  if (field) {
    const value = data[field];
    return typeof value === 'string' && DATE.test(value) ? value : null;
  }
  if (event.type === 'BenefitRealised' && typeof data.period === 'string') return periodEnd(data.period);
  return null;
}

/**
 * What an event is about, for the never-cut-in-the-middle rule: its stream, or where one
 * stream holds many items (a programme's milestones, its decision log), the item.
 */
export function unitOf(event: Pick<StoredEvent, 'streamId' | 'data'>): string {
  const data = event.data as { milestoneId?: unknown; decisionId?: unknown };
  if (event.streamId.startsWith('delivery-plan-') && typeof data.milestoneId === 'string') return `${event.streamId}#${data.milestoneId}`;
  if (event.streamId.startsWith('decision-log-') && typeof data.decisionId === 'string') return `${event.streamId}#${data.decisionId}`;
  return event.streamId;
}

/**
 * The programme "as the record now tells it" on a calendar day: which of its events
 * (all of them, in log order) count by then, item by item (see unitOf).
 * - An event with a date of its own counts when that date is on or before the day.
 * - An event without one goes with the event before it about the same item; the first events
 *   of an item, before any dated one, count from the programme's first dated fact (the plan's
 *   own days, which may be years older, do not count as the programme's).
 * - An item is never cut in the middle: when an event counts, so does every event before it
 *   about the same item (an agreement dated in 2005 brings the registration recorded with
 *   it), so every state folded is one the item really passed through.
 * Returns the events that count, in their log order, and the programme's first dated day.
 */
export function eventsInEffectOn(events: readonly StoredEvent[], day: string): { events: StoredEvent[]; firstDay: string | null } {
  const dates = events.map(businessDateOf);
  // The plan the programme serves may be older than the programme (a 2000 strategy): its days are its own, not the programme's first.
  const firstDay = dates.reduce<string | null>((min, d, i) => (d !== null && !AROUND_THE_PROGRAMME.test(events[i].streamId) && (min === null || d < min) ? d : min), null);
  const byItem = new Map<string, number[]>();
  events.forEach((e, i) => {
    const unit = unitOf(e);
    const list = byItem.get(unit);
    if (list) list.push(i);
    else byItem.set(unit, [i]);
  });
  const counts = new Set<number>();
  for (const indexes of byItem.values()) {
    // The last event of the item that counts on its own (or by the one before it); all before it come along.
    let last = -1;
    let previousCounts = firstDay !== null && firstDay <= day;
    for (let k = 0; k < indexes.length; k++) {
      const date = dates[indexes[k]];
      const own = date === null ? previousCounts : date <= day;
      if (own) last = k;
      previousCounts = own;
    }
    for (let k = 0; k <= last; k++) counts.add(indexes[k]);
  }
  return { events: events.filter((_, i) => counts.has(i)), firstDay };
}
