// A schedule against its target, before saving: what the values come to (shown as they are typed)
// and, past the margin, a warning the user confirms. Amounts are the request body's (pence or the
// benefit's unit): a value that does not read yet is left out of the total, not guessed.
import type { CommandTarget } from './commands';

type Values = Record<string, unknown>;

/**
 * A list of values checked against a limit before saving (a schedule against its benefit's target,
 * investment by year against the whole-life cost): its total is shown as it is typed, and a save
 * that goes over by more than TARGET_MARGIN asks to be confirmed. A warning, not a rule: plans
 * may exceed a target on purpose.
 */
export interface TargetCheck {
  /** the rows field and the sub-field holding each value */
  rows: string;
  value: string;
  /** the limit: a field of the same form, or the target's own (a re-forecast's benefit) */
  limit: { field: string } | ((t: CommandTarget) => number | null | undefined);
  /** a field of the form, or the target's, that the limit improves on (a reduction's target is below it): no check then */
  from?: { field: string } | ((t: CommandTarget) => number | null | undefined);
  /** how the values reach the limit: added up per period, or the last value of a running total or a level */
  kind?: (t: CommandTarget) => 'per-period' | 'running-total' | 'level' | undefined;
  /** "the schedule" / "the target" */
  words: { total: string; limit: string };
}

/** How far over its limit a schedule may go before the form asks: 10%. */
export const TARGET_MARGIN = 0.1;

export interface TargetReading {
  /** what the values reach: their sum per period, else the last one */
  total: number;
  /** the limit, where one is known */
  limit: number | null;
  /** the warning to confirm, when the total or a value is over the limit by more than the margin */
  warning: string | null;
  /** the same in a few words, shown under the total as it is typed */
  short: string | null;
}

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function valueOf(source: { field: string } | ((t: CommandTarget) => number | null | undefined) | undefined, body: Values, target: CommandTarget): number | null {
  if (!source) return null;
  return typeof source === 'function' ? (source(target) ?? null) : numberOf(body[source.field]);
}

/** The percentage over, in whole numbers, never "0%" for an amount that is over. */
function percentOver(value: number, limit: number): number {
  return Math.max(1, Math.floor(((value - limit) / limit) * 100));
}

export function checkAgainstTarget(check: TargetCheck, body: Values, target: CommandTarget, format: (n: number) => string): TargetReading {
  const rows = Array.isArray(body[check.rows]) ? (body[check.rows] as Values[]) : [];
  const values = rows.map((row) => numberOf(row?.[check.value])).filter((v): v is number => v !== null);
  const kind = check.kind?.(target) ?? 'per-period';
  const total = kind === 'per-period' ? values.reduce((sum, v) => sum + v, 0) : (values.at(-1) ?? 0);
  const limit = valueOf(check.limit, body, target);
  const from = valueOf(check.from, body, target);
  // A target below its baseline is a reduction (fewer hours, lower cost): "over" means nothing there.
  if (limit === null || limit <= 0 || (from !== null && limit < from)) return { total, limit, warning: null, short: null };
  const allowed = limit * (1 + TARGET_MARGIN);
  const margin = `${Math.round(TARGET_MARGIN * 100)}%`;
  const largest = values.length ? Math.max(...values) : 0;
  let warning: string | null = null;
  let short: string | null = null;
  if (total > allowed) {
    warning = `${check.words.total} comes to ${format(total)}, ${percentOver(total, limit)}% more than ${check.words.limit} of ${format(limit)} (the margin is ${margin}).`;
    short = `${percentOver(total, limit)}% more than ${check.words.limit}: over the ${margin} margin`;
  } else if (largest > allowed) {
    warning = `One value, ${format(largest)}, is ${percentOver(largest, limit)}% more than ${check.words.limit} of ${format(limit)} (the margin is ${margin}).`;
    short = `One value is ${percentOver(largest, limit)}% more than ${check.words.limit}: over the ${margin} margin`;
  }
  return { total, limit, warning: warning && `${warning} Check each amount; save anyway only if that is intended.`, short };
}

/** Where the web shows a record the API says it created (its Location), or null where no page shows it alone. */
export function recordPage(location: string | undefined): string | null {
  const match = location && /^\/(proposals|meetings)\/([^/?#]+)$/.exec(location);
  return match ? `/app/${match[1]}/${match[2]}` : null;
}
