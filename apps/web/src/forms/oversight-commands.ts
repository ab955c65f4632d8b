// The oversight loop's commands (meetings, agendas, actions, issues) as forms. Each is made
// for the thing it acts on (a meeting, an action, a condition), so its route and defaults come
// from there; the API still judges who may issue it and whether it holds.
import type { ProgrammeSnapshot } from '../api/types';
import { today } from '../format';
import type { ActionEntry, Issue, Meeting, MeetingPage } from '../pages/oversight/data';
import { FORUM_LABELS, AGENDA_KIND_LABELS } from '../pages/oversight/data';
import { defineCommand, type CommandDef, type Option } from './commands';

const FORUM_OPTIONS: Option[] = Object.entries(FORUM_LABELS).map(([value, label]) => ({ value, label }));
const reason = { name: 'reason', label: 'Reason for the record', type: 'textarea', optional: true } as const;
const idField = <Name extends string>(name: Name, label: string) =>
  ({ name, label, type: 'text', optional: true, description: 'Letters, digits, dots, dashes; left empty, one is made up' }) as const;

const proposalOptions = (snapshot: ProgrammeSnapshot | undefined): Option[] => (snapshot?.proposals ?? []).map((p) => ({ value: p.proposalId, label: p.title }));
const meetingOptions = (meetings: readonly Meeting[]): Option[] =>
  meetings.map((m) => ({ value: m.meetingId, label: `${m.title} (${m.date})` }));

export function scheduleMeeting(programmeId: string): CommandDef {
  return defineCommand({
    id: 'schedule-meeting',
    title: 'Schedule a meeting',
    event: 'MeetingScheduled',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/programmes/{programmeId}/meetings', params: { programmeId } }),
    fields: [
      idField('meetingId', 'Meeting id'),
      { name: 'forum', label: 'Forum', type: 'select', required: true, options: FORUM_OPTIONS },
      { name: 'forumName', label: 'The forum’s own name', type: 'text', required: true, placeholder: 'MPA Oversight Committee' },
      { name: 'title', label: 'Title', type: 'text', required: true, placeholder: 'Oversight Committee, 9 March 2006' },
      { name: 'date', label: 'Date', type: 'date', required: true },
      reason,
    ],
    defaults: () => ({ forum: 'Committee' }),
  });
}

export function addAgendaItem(meeting: MeetingPage, snapshot: ProgrammeSnapshot | undefined): CommandDef {
  return defineCommand({
    id: 'add-agenda-item',
    title: 'Add an agenda item',
    event: 'AgendaItemAdded',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/meetings/{meetingId}/agenda-items', params: { meetingId: meeting.meetingId } }),
    fields: [
      idField('itemId', 'Item id'),
      { name: 'kind', label: 'Kind', type: 'select', required: true, options: Object.entries(AGENDA_KIND_LABELS).map(([value, label]) => ({ value, label })) },
      { name: 'title', label: 'Title', type: 'text', required: true },
      { name: 'paper', label: 'Paper', type: 'text', optional: true, description: 'The paper’s reference or title' },
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions(snapshot), description: 'Required for a report on a proposal or a business case' },
      reason,
    ],
    defaults: () => ({ kind: 'proposal-report' }),
  });
}

export function recordMeetingHeld(meeting: MeetingPage): CommandDef {
  return defineCommand({
    id: 'record-meeting-held',
    title: 'Record the meeting held',
    event: 'MeetingHeld',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/meetings/{meetingId}/held', params: { meetingId: meeting.meetingId } }),
    fields: [{ name: 'heldOn', label: 'Held on', type: 'date', required: true, description: 'Its agenda is closed from then on' }, reason],
    defaults: () => ({ heldOn: meeting.date }),
  });
}

/** What a new action is raised from: a condition (its words, and the decision or proposal), a meeting, or nothing (the office's own). */
export interface ActionSource {
  condition?: string;
  decisionId?: string | null;
  proposalId?: string | null;
  meetingId?: string;
}

export function raiseAction(programmeId: string, snapshot: ProgrammeSnapshot | undefined, planned: readonly Meeting[], from: ActionSource = {}, title = 'Raise an action'): CommandDef {
  const origin: 'condition' | 'meeting' | 'office' = from.condition ? 'condition' : from.meetingId ? 'meeting' : 'office';
  return defineCommand({
    id: `raise-action-${origin}`,
    title,
    event: 'ActionRaised',
    scope: 'programme',
    roles: ['programme-office', 'oversight-committee'],
    route: () => ({ path: '/programmes/{programmeId}/actions', params: { programmeId } }),
    fields: [
      { name: 'title', label: 'What must be done', type: 'text', required: true },
      { name: 'ownerPersonId', label: 'Owner from the people directory', type: 'person', optional: true, description: 'A lead, so it is under their actions and they may complete it', fills: { name: 'ownerName' } },
      { name: 'ownerName', label: 'Owner', type: 'text', required: true, description: 'Who must do it' },
      {
        name: 'origin',
        label: 'Raised from',
        type: 'select',
        required: true,
        readOnlyFor: from.condition || from.meetingId ? ['programme-office', 'oversight-committee'] : [],
        options: [
          { value: 'condition', label: 'A condition of an agreement, approval or decision' },
          { value: 'meeting', label: 'A meeting' },
          { value: 'office', label: 'The programme office' },
        ],
      },
      { name: 'condition', label: 'The condition’s words', type: 'textarea', optional: true },
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions(snapshot) },
      { name: 'dueMeetingId', label: 'Must come back to the meeting', type: 'select', optional: true, options: meetingOptions(planned), description: 'Due by its day; or give a date below' },
      { name: 'dueOn', label: 'Due by', type: 'date', optional: true },
      { name: 'raisedOn', label: 'Raised on', type: 'date', required: true },
      reason,
    ],
    defaults: () => ({ origin, condition: from.condition ?? '', proposalId: from.proposalId ?? '', raisedOn: today() }),
    fixed: () => ({
      ...(from.condition || from.meetingId ? { origin } : {}),
      ...(from.decisionId ? { decisionId: from.decisionId } : {}),
      ...(from.meetingId ? { meetingId: from.meetingId } : {}),
    }),
  });
}

export function completeAction(action: ActionEntry): CommandDef {
  return defineCommand({
    id: 'complete-action',
    title: 'Complete the action',
    event: 'ActionCompleted',
    scope: 'programme',
    roles: ['programme-office', 'lead'],
    route: () => ({ path: '/actions/{actionId}/completion', params: { actionId: action.actionId } }),
    fields: [
      { name: 'evidence', label: 'Evidence', type: 'textarea', required: true, description: 'What shows it is done: a paper, a report, a minute' },
      { name: 'completedOn', label: 'Completed on', type: 'date', required: true },
      reason,
    ],
    defaults: () => ({ completedOn: today() }),
    submitLabel: 'Complete with this evidence',
  });
}

export function dropAction(action: ActionEntry): CommandDef {
  return defineCommand({
    id: 'drop-action',
    title: 'Drop the action',
    event: 'ActionDropped',
    scope: 'programme',
    roles: ['programme-office', 'oversight-committee'],
    route: () => ({ path: '/actions/{actionId}/drop', params: { actionId: action.actionId } }),
    fields: [
      { name: 'reason', label: 'Why it is no longer needed', type: 'textarea', required: true },
      { name: 'droppedOn', label: 'Dropped on', type: 'date', required: true },
    ],
    defaults: () => ({ droppedOn: today() }),
  });
}

export function raiseIssue(programmeId: string, snapshot: ProgrammeSnapshot | undefined): CommandDef {
  return defineCommand({
    id: 'raise-issue',
    title: 'Raise an issue',
    event: 'IssueRaised',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/programmes/{programmeId}/issues', params: { programmeId } }),
    fields: [
      { name: 'title', label: 'Title', type: 'text', required: true },
      { name: 'description', label: 'What has happened', type: 'textarea', required: true },
      {
        name: 'severity',
        label: 'Severity',
        type: 'select',
        required: true,
        options: ['low', 'medium', 'high', 'critical'].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })),
      },
      { name: 'ownerName', label: 'Owner', type: 'text', required: true },
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions(snapshot) },
      {
        name: 'riskId',
        label: 'The risk that materialised',
        type: 'select',
        optional: true,
        options: (snapshot?.risks ?? []).map((r) => ({ value: r.riskId, label: r.title })),
      },
      { name: 'raisedOn', label: 'Raised on', type: 'date', required: true },
      reason,
    ],
    defaults: () => ({ severity: 'medium', raisedOn: today() }),
  });
}

export function escalateIssue(issue: Issue, planned: readonly Meeting[]): CommandDef {
  return defineCommand({
    id: 'escalate-issue',
    title: 'Escalate the issue',
    event: 'IssueEscalated',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/issues/{issueId}/escalation', params: { issueId: issue.issueId } }),
    fields: [
      { name: 'forum', label: 'To the forum', type: 'select', required: true, options: FORUM_OPTIONS },
      { name: 'meetingId', label: 'At the meeting', type: 'select', optional: true, options: meetingOptions(planned) },
      { name: 'reason', label: 'Why it needs the forum', type: 'textarea', required: true },
      { name: 'escalatedOn', label: 'Escalated on', type: 'date', required: true },
    ],
    defaults: () => ({ forum: 'Committee', escalatedOn: today() }),
  });
}

export function resolveIssue(issue: Issue): CommandDef {
  return defineCommand({
    id: 'resolve-issue',
    title: 'Resolve the issue',
    event: 'IssueResolved',
    scope: 'programme',
    roles: ['programme-office'],
    route: () => ({ path: '/issues/{issueId}/resolution', params: { issueId: issue.issueId } }),
    fields: [
      { name: 'resolution', label: 'How it was resolved', type: 'textarea', required: true },
      { name: 'resolvedOn', label: 'Resolved on', type: 'date', required: true },
      reason,
    ],
    defaults: () => ({ resolvedOn: today() }),
  });
}
