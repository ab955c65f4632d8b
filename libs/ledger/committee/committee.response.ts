/** The committee pack as JSON. */
import { type Schema, str, date, time, int, num, nullable, arr, free, obj, chainPoint, id, enumOf } from '@ledger/platform/http-schema';
import { DECISION_OUTCOMES } from '@ledger/decision-log';
import { FORUMS } from '@ledger/kernel';

export const CommitteePackSchema: Schema = obj(
  {
    kind: str,
    formatVersion: int,
    basis: {
      type: 'string',
      enum: ['business'],
      description: 'Only on a business-time pack (basis=business).',
    },
    programme: obj({ programmeId: id, name: str, mission: str }),
    meeting: obj({ date: date, asAt: time }),
    previousMeeting: nullable(free),
    chainHead: nullable(chainPoint),
    eventsFolded: int,
    riskThreshold: int,
    summary: free,
    changes: nullable(free),
    businessCasesAwaitingScrutiny: arr(free),
    benefits: arr(
      obj({
        benefitId: id,
        description: str,
        unit: str,
        target: num,
        realisedToDate: num,
        varianceToDate: num,
      }),
    ),
    risks: arr(obj({ riskId: id, title: str, score: int, residualScore: int })),
    milestonesSlipped: arr(
      obj({
        milestoneId: id,
        title: str,
        baselineDate: date,
        forecastDate: date,
        slippageDays: int,
      }),
    ),
    decisions: arr(
      obj({ decisionId: id, forum: enumOf(FORUMS), decisionDate: date, subject: str, outcome: enumOf(DECISION_OUTCOMES) }),
    ),
    digest: {
      type: 'string',
      description:
        'SHA-256 of the canonical JSON of everything above: two packs with the same digest say the same.',
    },
  },
  ['basis', 'previousMeeting', 'changes'],
);
