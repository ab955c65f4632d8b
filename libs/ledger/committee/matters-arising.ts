import { actionProjection, registerStatus, type ActionRow } from '@ledger/action';
import { issueProjection, type IssueRow } from '@ledger/issue';
import type { StoredEvent } from '@ledger/platform/event-store';
import { foldRows, type RowProjectionDefinition } from '@ledger/platform/projection';
import { reportingDutyProjection, reportsOf } from '@ledger/reporting-duty';

/** One action as the pack lists it. */
export interface PackAction {
  actionId: string;
  title: string;
  ownerName: string;
  origin: string;
  condition: string | null;
  dueOn: string;
  dueMeetingId: string | null;
  status: string;
  closedOn: string | null;
  evidence: string | null;
}

/** The opening section of the pack: what the committee asked for, and what came of it. */
export interface MattersArising {
  /** Open, due on the meeting's day (at this meeting). */
  actionsDue: PackAction[];
  /** Completed after the previous meeting, up to this one (all completed, without a previous meeting). */
  actionsDoneSinceLastMeeting: PackAction[];
  /** Open and due before the meeting's day. */
  actionsOverdue: PackAction[];
  /** Open issues; `escalatedTo` lists the forums they went to. */
  issuesOpen: { issueId: string; title: string; severity: string; ownerName: string; raisedOn: string; escalatedTo: string[] }[];
  /** Reports due after the previous meeting up to this one: received, due (today) or overdue. */
  reports: { dutyId: string; title: string; forumName: string; dueOn: string; state: string; receivedOn: string | null; paper: string | null }[];
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDue = (a: ActionRow, b: ActionRow) => cmp(a.dueOn, b.dueOn) || cmp(a.actionId, b.actionId);
const packAction = (a: ActionRow): PackAction => ({
  actionId: a.actionId,
  title: a.title,
  ownerName: a.owner.name,
  origin: a.origin,
  condition: a.condition,
  dueOn: a.dueOn,
  dueMeetingId: a.dueMeetingId,
  status: a.status,
  closedOn: a.closedOn,
  evidence: a.evidence,
});

/**
 * Matters arising for a meeting on `meetingDate`, from the programme's events up to the pack's
 * cut (recorded or business time: the caller chooses the events). Pure and sorted, so the same
 * events always give the same bytes.
 */
export function mattersArising(events: readonly StoredEvent[], programmeId: string, meetingDate: string, previousDate: string | null): MattersArising {
  const mine = <R extends { programmeId: string }>(rows: Map<string, R>) => [...rows.values()].filter((r) => r.programmeId === programmeId);
  const actions = mine(foldRows(actionProjection, events)).sort(byDue);
  const issues = mine(foldRows(issueProjection, events));
  const duties = mine(foldRows(reportingDutyProjection, events)).sort((a, b) => cmp(a.dutyId, b.dutyId));
  const since = (day: string) => previousDate === null || day > previousDate;
  return {
    actionsDue: actions.filter((a) => a.status === 'open' && a.dueOn === meetingDate).map(packAction),
    actionsDoneSinceLastMeeting: actions.filter((a) => a.status === 'done' && a.closedOn !== null && since(a.closedOn) && a.closedOn <= meetingDate).map(packAction),
    actionsOverdue: actions.filter((a) => registerStatus(a, meetingDate) === 'overdue').map(packAction),
    issuesOpen: issues
      .filter((i: IssueRow) => i.status === 'open')
      .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || cmp(a.issueId, b.issueId))
      .map((i) => ({ issueId: i.issueId, title: i.title, severity: i.severity, ownerName: i.ownerName, raisedOn: i.raisedOn, escalatedTo: i.escalations.map((e) => e.forum) })),
    reports: duties
      .flatMap((d) =>
        reportsOf(d, meetingDate)
          .filter((r) => since(r.dueOn) && r.dueOn <= meetingDate)
          .map((r) => ({ dutyId: d.dutyId, title: d.title, forumName: d.forumName, dueOn: r.dueOn, state: r.state, receivedOn: r.report?.receivedOn ?? null, paper: r.report?.paper ?? null })),
      )
      .sort((a, b) => cmp(a.dueOn, b.dueOn) || cmp(a.dutyId, b.dutyId)),
  };
}

/** A matter arising as an inclusion proof names it: the register it comes from, and its id. */
export interface PackMatter {
  kind: 'action' | 'issue' | 'reporting-duty';
  id: string;
}

/** Each register of matters arising: its row projection, and the ids the pack lists of it. */
const MATTER_REGISTERS: { kind: PackMatter['kind']; definition: RowProjectionDefinition<unknown>; listed: (m: MattersArising) => string[] }[] = [
  {
    kind: 'action',
    definition: actionProjection as RowProjectionDefinition<unknown>,
    listed: (m) => [...m.actionsDue, ...m.actionsDoneSinceLastMeeting, ...m.actionsOverdue].map((a) => a.actionId),
  },
  { kind: 'issue', definition: issueProjection as RowProjectionDefinition<unknown>, listed: (m) => m.issuesOpen.map((i) => i.issueId) },
  { kind: 'reporting-duty', definition: reportingDutyProjection as RowProjectionDefinition<unknown>, listed: (m) => m.reports.map((r) => r.dutyId) },
];

/**
 * The events each listed matter was folded from (every event of its row among `events`, the
 * same events mattersArising folded), with the matter each one proves: the pack proves them
 * in the log, so a committee sees its matters arising came from recorded facts.
 */
export function matterEvents(events: readonly StoredEvent[], matters: MattersArising): { event: StoredEvent; matter: PackMatter }[] {
  const found: { event: StoredEvent; matter: PackMatter }[] = [];
  for (const { kind, definition, listed } of MATTER_REGISTERS) {
    const ids = new Set(listed(matters));
    if (ids.size === 0) continue;
    const handles = new Set(definition.handles);
    for (const event of events) {
      if (!handles.has(event.type)) continue;
      const id = definition.rowId(event);
      if (id !== null && ids.has(id)) found.push({ event, matter: { kind, id } });
    }
  }
  return found;
}
