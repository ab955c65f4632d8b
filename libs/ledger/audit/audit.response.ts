/** The audit history's entries and pages, the chain head and its verification. */
import { type Schema, str, time, int, bool, nullable, ref, obj, page, chainPoint, id, enumOf } from '@ledger/platform/http-schema';
import { USER_ROLES } from '@ledger/user';

export const AuditEntrySchema: Schema = obj(
  {
    position: int,
    recordedAt: time,
    effectiveDate: nullable({
      type: 'string',
      format: 'date-time',
      description: 'The date the event speaks of, where it names one.',
    }),
    eventType: str,
    streamId: str,
    streamVersion: int,
    actorId: str,
    actorRole: enumOf([...USER_ROLES, 'system'], 'A user role, or system for the service itself (sign-in, first start).'),
    actorName: nullable(str),
    reason: nullable(str),
    programmeId: nullable(id),
    proposalId: nullable(id),
    sentence: { type: 'string', description: 'What happened, in words.' },
  },
  ['actorName', 'programmeId', 'proposalId'],
);

export const AuditPageSchema: Schema = page(ref('AuditEntry'));

export const ChainHeadSchema: Schema = obj({
  position: int,
  hash: { type: 'string', description: 'SHA-256, hex.' },
  events: int,
});

export const ChainVerificationSchema: Schema = obj(
  {
    ok: bool,
    checkedEvents: int,
    chainHead: nullable(chainPoint),
    verifiedThrough: nullable(chainPoint),
    firstBreak: nullable(
      obj({ position: int, link: nullable(int), kind: str, message: str }, ['link']),
    ),
    notYetChained: int,
    expectedHead: obj({ position: int, hash: str, recomputedHash: nullable(str), matches: bool, message: str }),
  },
  ['chainHead', 'verifiedThrough', 'notYetChained', 'expectedHead'],
);
