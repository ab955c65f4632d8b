import { derivedMeetingId, forumFromText } from '@ledger/kernel';
import { UpcasterRegistry } from '@ledger/platform/event-store';

/**
 * How stored events' data changed shape, one step per version. Stored events are never
 * rewritten: the event store upcasts old ones when it reads them (UpcasterRegistry), and
 * writes new ones at the latest version. Pure functions: no I/O.
 */
export interface SchemaChange {
  type: string;
  /** The version this step reads; it returns version fromVersion + 1. */
  fromVersion: number;
  upcast: (data: any) => any;
  why: string;
}

export const SCHEMA_CHANGES: readonly SchemaChange[] = [
  {
    type: 'ProposalDeferred',
    fromVersion: 1,
    // DOMAIN.md: deferred "with a reason code … and rationale". Deferrals recorded before
    // the code existed gave only a rationale: they read as 'other'.
    upcast: (data) => ({ ...data, reasonCode: data.reasonCode ?? 'other' }),
    why: 'v2: a deferral carries a reason code, as a proposal not taken forward does',
  },
  ...(['BenefitPlanned', 'MilestonePlanned'] as const).map((type) => ({
    type,
    fromVersion: 1,
    upcast: (data: any) => ({ ...data, plannedOn: data.plannedOn ?? null }),
    why: 'v2: the day it was planned, where known (business time)',
  })),
  {
    type: 'BenefitPlanned',
    fromVersion: 2,
    // Benefits planned before the kind existed were summed period by period: they stay so.
    upcast: (data) => ({ ...data, scheduleKind: data.scheduleKind ?? 'per-period' }),
    why: "v3: how the schedule reads (per-period, running-total, level); earlier ones read as 'per-period'",
  },
  {
    type: 'BenefitReforecast',
    fromVersion: 1,
    upcast: (data) => ({ ...data, reforecastOn: data.reforecastOn ?? null }),
    why: 'v2: the day of the re-forecast, where known (business time)',
  },
  {
    type: 'MilestoneRescheduled',
    fromVersion: 1,
    upcast: (data) => ({ ...data, rescheduledOn: data.rescheduledOn ?? null }),
    why: 'v2: the day of the re-schedule, where known (business time)',
  },
  // #14: decisions record the meeting they were taken at. Before, they named it in words
  // (and business case scrutiny named no forum at all): the words map to a forum of the
  // vocabulary and, where they name a meeting of the demo's id scheme, to its id.
  {
    type: 'ProposalAgreed',
    fromVersion: 1,
    upcast: (data) => ({ ...data, meetingId: data.meetingId !== undefined ? data.meetingId : derivedMeetingId(data.forum, data.meeting, data.decisionDate), followUp: data.followUp ?? null }),
    why: 'v2: the meeting it was taken at (meetingId, derived from the meeting named in words, else null) and who follows up its conditions (none)',
  },
  ...(['BusinessCaseApproved', 'BusinessCaseReturned'] as const).map((type) => ({
    type,
    fromVersion: 1,
    upcast: (data: any) => {
      const forum = data.forum !== undefined ? data.forum : forumFromText(data.meeting);
      return {
        ...data,
        forum,
        meetingId: data.meetingId !== undefined ? data.meetingId : derivedMeetingId(forum, data.meeting, data.decisionDate),
        ...(type === 'BusinessCaseApproved' ? { followUp: data.followUp ?? null } : {}),
      };
    },
    why: 'v2: the forum (read from the meeting named in words, else null) and the meeting it was scrutinised at (meetingId, else null)',
  })),
  {
    type: 'DecisionRecorded',
    fromVersion: 1,
    upcast: (data) => ({ ...data, meetingId: data.meetingId !== undefined ? data.meetingId : derivedMeetingId(data.forum, data.minuteReference, data.decisionDate), followUp: data.followUp ?? null }),
    why: 'v2: the meeting it was taken at (meetingId, derived from the forum and minute reference, else null) and who follows up its conditions (none)',
  },
];

/** The upcasters every store of the ledger is opened with: one step per schema change above. */
export function ledgerUpcasters(): UpcasterRegistry {
  return UpcasterRegistry.of(SCHEMA_CHANGES);
}
