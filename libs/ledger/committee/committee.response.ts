/** The committee pack as JSON. */
import { type Schema, str, date, time, int, num, nullable, arr, free, obj, chainPoint, id, enumOf, ref } from '@ledger/platform/http-schema';
import { DECISION_OUTCOMES } from '@ledger/decision-log';
import { FORUMS } from '@ledger/kernel';

const hex: Schema = { type: 'string', pattern: '^[0-9a-f]{64}$' };

/** The pack's Merkle log proofs (tools/verify-pack checks them). */
const PackLog: Schema = obj({
  tree: { type: 'string', enum: ['rfc9162-sha256'] },
  signedHead: ref('SignedTreeHead'),
  consistency: nullable(obj({ fromSize: int, toSize: int, fromRoot: hex, toRoot: hex, path: arr(hex) })),
  inclusion: arr(
    obj(
      {
        position: int,
        leafIndex: int,
        decisionId: { type: 'string', description: 'Set when the event recorded a decision the pack lists.' },
        matter: {
          ...obj({ kind: { type: 'string', enum: ['action', 'issue', 'reporting-duty'] }, id: str }),
          description: 'Set when a matter arising the pack lists was built from this event.',
        },
        event: { ...free, description: "The event as stored: its leaf is SHA-256(0x00 || its canonical JSON)." },
        path: { ...arr(hex), description: 'The RFC 9162 audit path, leaf to root.' },
      },
      ['decisionId', 'matter'],
    ),
  ),
});

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
    performance: {
      ...arr(
        obj({
          planId: id,
          title: str,
          period: str,
          indicators: arr(
            obj({
              priorityId: id, priority: str, objectiveId: id, objective: str, criticalFocus: { type: 'boolean' }, accountable: str,
              indicatorId: id, indicator: str, unit: str, direction: str, target: nullable(num), actual: nullable(num), tolerance: num, status: str, servedBy: arr(str),
            }),
          ),
        }),
      ),
      description: "Each plan's indicators, actual against target for the meeting's year, off track first, with the accountable member and the proposals serving the objective. Absent when the programme had no plan.",
    },
    funding: {
      ...obj({
        years: arr(obj({ year: str, resourcesPence: int, requirementPence: int, savingsPence: int, gapPence: int })),
        lines: arr(obj({ lineId: id, year: str, kind: str, source: nullable(str), label: str, amountPence: int, proposalId: nullable(id), citation: nullable(str) })),
      }),
      description: 'The medium-term financial plan: its lines with citations, and the gap by year (pence). Absent when there are none.',
    },
    log: {
      ...PackLog,
      description: 'The Merkle log: the signed head of the tree the pack was built from, the consistency proof from the previous meeting\'s head, an inclusion proof per change, decision and matter arising listed.',
    },
    digest: {
      type: 'string',
      description:
        'SHA-256 of the canonical JSON of everything above: two packs with the same digest say the same.',
    },
  },
  ['basis', 'previousMeeting', 'changes', 'performance', 'funding'],
);
