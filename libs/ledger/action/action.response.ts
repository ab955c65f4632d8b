/** The actions register's answers (after ActionRow and the register's derivations), as OpenAPI schemas. */
import { arr, bool, date, enumOf, enumOfType, id, int, nullable, obj, type Schema, source, str } from '@ledger/platform/http-schema';
import type { RegisterStatus } from './action-register';
import type { ActionStatus } from './action.decider';
import { ACTION_ORIGINS } from './action.events';

export const ActionEntrySchema: Schema = obj({
  actionId: id,
  programmeId: id,
  title: str,
  owner: obj({ personId: nullable(id), name: str }),
  origin: enumOf(ACTION_ORIGINS),
  condition: nullable(str),
  proposalId: nullable(id),
  decisionId: nullable(id),
  meetingId: nullable(id),
  dueOn: date,
  dueMeetingId: nullable(id),
  raisedOn: date,
  source: nullable(source),
  status: enumOfType<ActionStatus>({ open: true, done: true, dropped: true }),
  registerStatus: enumOfType<RegisterStatus>({ open: true, overdue: true, done: true, dropped: true }),
  overdue: bool,
  closedOn: nullable(date),
  evidence: nullable(str),
  dropReason: nullable(str),
});

const counts = obj({ open: int, overdue: int, done: int, dropped: int });

/** A programme's register, as on a day. */
export const ActionRegisterSchema: Schema = obj({ programmeId: id, on: date, counts, items: arr(ActionEntrySchema) });
/** The signed-in person's actions. */
export const MyActionsSchema: Schema = obj({ personId: nullable(id), on: date, counts, items: arr(ActionEntrySchema) });
