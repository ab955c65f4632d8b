/** The plan reads' answers as OpenAPI schemas (inline: they follow PlanRow, PerformanceView, FundingView). */
type Schema = Record<string, unknown>;
const str: Schema = { type: 'string' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const pence: Schema = { type: 'integer', description: 'Money in pence.' };
const nullable = (s: Schema): Schema => ({ ...s, nullable: true });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>): Schema => ({ type: 'object', required: Object.keys(properties), properties });
const accountable = obj({ personId: str, name: str });

export const PLAN_SCHEMA = obj({
  planId: str,
  programmeId: str,
  kind: { type: 'string', enum: ['corporate-strategy', 'policing-plan'] },
  title: str,
  firstYear: str,
  lastYear: str,
  mission: nullable(str),
  vision: nullable(str),
  values: arr(str),
  criticalSuccessFactors: arr(str),
  adoptedOn: str,
  priorities: arr(obj({ priorityId: str, tier: str, title: str, status: { type: 'string', enum: ['in-force', 'retired'] }, mergedInto: nullable(str), titles: arr(str) })),
  history: arr(obj({ at: str, on: str, change: str, priorityId: nullable(str), title: str, reason: nullable(str) })),
});

export const PLAN_LIST_SCHEMA = obj({ items: arr(PLAN_SCHEMA) });

export const OBJECTIVE_SCHEMA = obj({
  objectiveId: str,
  planId: str,
  programmeId: str,
  priorityId: str,
  title: str,
  accountable,
  criticalFocus: bool,
  years: arr(str),
  definedOn: str,
  accountableHistory: arr(obj({ personId: str, name: str, from: str, reason: nullable(str) })),
  indicators: arr({ type: 'object', required: ['indicatorId', 'title', 'unit', 'direction', 'tolerance', 'targets', 'actuals'], additionalProperties: true }),
});

export const PERFORMANCE_SCHEMA = obj({
  planId: str,
  title: str,
  period: str,
  asAt: nullable(str),
  offTrack: arr(obj({ objectiveId: str, objective: str, indicatorId: str, indicator: str, unit: str, target: num, actual: num, tolerance: num, accountable })),
  priorities: arr(
    obj({
      priorityId: str,
      tier: str,
      title: str,
      status: str,
      objectives: arr(
        obj({
          objectiveId: str,
          title: str,
          accountable,
          criticalFocus: bool,
          offTrack: bool,
          indicators: arr(
            obj({
              indicatorId: str,
              title: str,
              unit: str,
              direction: str,
              tolerance: num,
              dataSource: str,
              target: nullable(num),
              actual: nullable(num),
              status: { type: 'string', enum: ['on-track', 'off-track', 'no-data'] },
              series: arr(obj({ period: str, target: nullable(num), actual: nullable(num) })),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const FUNDING_SCHEMA = obj({
  programmeId: str,
  asAt: nullable(str),
  lines: arr(
    obj({
      lineId: str,
      year: str,
      kind: { type: 'string', enum: ['resource', 'requirement', 'savings'] },
      source: nullable(str),
      label: str,
      amountPence: pence,
      proposalId: nullable(str),
      revisions: arr(obj({ previousAmountPence: pence, amountPence: pence, reason: str, at: str })),
    }),
  ),
  years: arr(obj({ year: str, resourcesPence: pence, requirementPence: pence, savingsPence: pence, gapPence: { ...pence, description: 'Resources less requirement, in pence: negative is a shortfall.' } })),
});

