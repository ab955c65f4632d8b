/** The audit history's entries and pages, the chain head and its verification. */
import { type Schema, str, time, int, bool, nullable, ref, obj, page, chainPoint } from '../http/openapi-schema';

export const AuditEntry: Schema = obj(
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
    actorRole: str,
    actorName: nullable(str),
    reason: nullable(str),
    programmeId: nullable(str),
    proposalId: nullable(str),
    sentence: { type: 'string', description: 'What happened, in words.' },
  },
  ['actorName', 'programmeId', 'proposalId'],
);

export const AuditPage: Schema = page(ref('AuditEntry'));

export const ChainHead: Schema = obj({
  position: int,
  hash: { type: 'string', description: 'SHA-256, hex.' },
  events: int,
});

export const ChainVerification: Schema = obj(
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
