import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Response schemas of the oversight reads (the ajv check holds the answers to them). */
export const str = { type: 'string' };
export const nstr = { type: 'string', nullable: true };
export const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', required, properties }) as SchemaObject & { required: string[]; properties: Record<string, SchemaObject> };
export const arr = (items: unknown) => ({ type: 'array', items });
export const source = { ...obj({ document: str, paragraph: nstr }), nullable: true };

export const ACTION_ENTRY_SCHEMA = obj({
  actionId: str,
  programmeId: str,
  title: str,
  owner: obj({ personId: nstr, name: str }),
  origin: { type: 'string', enum: ['condition', 'meeting', 'office'] },
  condition: nstr,
  proposalId: nstr,
  decisionId: nstr,
  meetingId: nstr,
  dueOn: str,
  dueMeetingId: nstr,
  raisedOn: str,
  source,
  status: { type: 'string', enum: ['open', 'done', 'dropped'] },
  registerStatus: { type: 'string', enum: ['open', 'overdue', 'done', 'dropped'] },
  overdue: { type: 'boolean' },
  closedOn: nstr,
  evidence: nstr,
  dropReason: nstr,
});

const REPORT_DUE_SCHEMA = obj({
  dutyId: str,
  title: str,
  forumName: str,
  dueOn: str,
  state: { type: 'string', enum: ['due', 'overdue', 'received'] },
  report: { ...obj({ dueOn: str, receivedOn: str, paper: str, covers: str }), nullable: true },
});

export const MEETING_SCHEMA = obj({
  meetingId: str,
  programmeId: str,
  forum: str,
  forumName: str,
  title: str,
  date: str,
  source,
  status: { type: 'string', enum: ['planned', 'held'] },
  heldOn: nstr,
  agenda: arr(obj({ itemId: str, kind: str, title: str, paper: nstr, proposalId: nstr })),
  actionsDue: arr(ACTION_ENTRY_SCHEMA),
  actionsRaised: arr(ACTION_ENTRY_SCHEMA),
  reportsDue: arr(REPORT_DUE_SCHEMA),
});

export const MEETING_LIST_SCHEMA = obj({ programmeId: str, on: str, items: arr(MEETING_SCHEMA) });
export const MEETING_PAGE_SCHEMA = obj({ ...MEETING_SCHEMA.properties, on: str });
