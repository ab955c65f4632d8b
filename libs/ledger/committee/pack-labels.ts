import { PENCE_UNIT } from '@ledger/benefit';
import { BUSINESS_CASE_STAGES } from '@ledger/business-case';
import { DECISION_OUTCOMES } from '@ledger/decision-log';
import { ISSUE_SEVERITIES } from '@ledger/issue';
import { FUNDING_LINE_KINDS, FUNDING_SOURCES } from '@ledger/funding';
import { FORUMS } from '@ledger/kernel';
import { INDICATOR_DIRECTIONS, type IndicatorStatus } from '@ledger/objective';
import { DELIVERY_CONFIDENCE_RATINGS, PROPOSAL_STATUSES } from '@ledger/proposal';
import { RISK_RESPONSES } from '@ledger/risk';
import { USER_ROLES } from '@ledger/user';

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

/**
 * What the committee reads for each code the pack holds: one table per vocabulary, keyed by
 * the slice's own constant, so a new code without a label fails to compile (and its spec).
 */
export const PACK_LABELS = {
  proposalStatus: {
    registered: 'Registered',
    'in-consultation': 'In consultation',
    agreed: 'Agreed',
    'in-delivery': 'In delivery',
    closed: 'Closed',
    'not-taken-forward': 'Not taken forward',
    deferred: 'Deferred',
  } satisfies LabelsOf<typeof PROPOSAL_STATUSES>,
  deliveryConfidence: {
    green: 'Green',
    'amber-green': 'Amber/green',
    amber: 'Amber',
    'amber-red': 'Amber/red',
    red: 'Red',
  } satisfies LabelsOf<typeof DELIVERY_CONFIDENCE_RATINGS>,
  riskResponse: {
    avoid: 'Avoid',
    reduce: 'Reduce',
    transfer: 'Transfer',
    accept: 'Accept',
    exploit: 'Exploit',
    share: 'Share',
    enhance: 'Enhance',
  } satisfies LabelsOf<typeof RISK_RESPONSES>,
  decisionOutcome: {
    approve: 'Approved',
    'approve-with-conditions': 'Approved with conditions',
    reject: 'Rejected',
    defer: 'Deferred',
  } satisfies LabelsOf<typeof DECISION_OUTCOMES>,
  forum: {
    Authority: 'The Authority',
    Committee: 'The Committee',
    ManagementBoard: 'The Management Board',
  } satisfies LabelsOf<typeof FORUMS>,
  businessCaseStage: {
    SOC: 'Strategic outline case',
    OBC: 'Outline business case',
    FBC: 'Full business case',
  } satisfies LabelsOf<typeof BUSINESS_CASE_STAGES>,
  issueSeverity: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
    critical: 'Critical',
  } satisfies LabelsOf<typeof ISSUE_SEVERITIES>,
  role: {
    'programme-office': 'Programme office',
    lead: 'Lead',
    'oversight-committee': 'Oversight committee',
    administrator: 'Administrator',
  } satisfies LabelsOf<typeof USER_ROLES>,
  indicatorStatus: {
    'on-track': 'On track',
    'off-track': 'Off track',
    'no-data': 'No figure yet',
  } satisfies Record<IndicatorStatus, string>,
  indicatorDirection: {
    'higher-is-better': 'Higher is better',
    'lower-is-better': 'Lower is better',
  } satisfies LabelsOf<typeof INDICATOR_DIRECTIONS>,
  fundingLineKind: {
    resource: 'Resource',
    requirement: 'Requirement',
    savings: 'Savings',
  } satisfies LabelsOf<typeof FUNDING_LINE_KINDS>,
  fundingSource: {
    precept: 'Precept',
    grant: 'Grant',
    'home-office-bid': 'Home Office bid',
    reserves: 'Reserves',
    external: 'External',
  } satisfies LabelsOf<typeof FUNDING_SOURCES>,
} as const;

export type PackVocabulary = keyof typeof PACK_LABELS;

/** The label of a code; a code the table does not know is shown as recorded (the pack never hides a value). */
export function labelOf(vocabulary: PackVocabulary, code: string): string {
  return (PACK_LABELS[vocabulary] as Record<string, string>)[code] ?? code;
}

/** A delivery-confidence rating, and the programme snapshot's "unrated" for a live proposal no one has rated yet. */
export function ratingLabel(code: string): string {
  return code === 'unrated' ? 'Not rated' : labelOf('deliveryConfidence', code);
}

/** A benefit's unit as a reader says it: money is in pounds; other units as the programme wrote them. */
export function unitLabel(unit: string): string {
  return unit === PENCE_UNIT ? 'Pounds' : unit;
}

/** An event type as words: ProposalAgreed → "Proposal agreed". */
export function eventLabel(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Codes with a hyphen cannot be ordinary words, so they are safe to replace inside a sentence.
const HYPHENATED = Object.values(PACK_LABELS)
  .flatMap((table) => Object.entries(table as Record<string, string>))
  .filter(([code]) => code.includes('-'))
  .sort(([a], [b]) => b.length - a.length);

/** A stored sentence (the audit history's) with the codes it quotes read as their labels: "rated amber-green" → "rated Amber/green". */
export function plainCodes(text: string): string {
  let out = text;
  for (const [code, label] of HYPHENATED) out = out.replace(new RegExp(`(?<![\\w-])${code}(?![\\w-])`, 'g'), label);
  return out;
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Ids that are UUIDs shortened to their first eight characters: enough to find the record, not a wall of hex. */
export function shortRef(text: string): string {
  return text.replace(UUID, (id) => id.slice(0, 8));
}
