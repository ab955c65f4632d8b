import { BUSINESS_CASE_STAGES } from '@ledger/business-case';
import { DECISION_OUTCOMES } from '@ledger/decision-log';
import { ISSUE_SEVERITIES } from '@ledger/issue';
import { FORUMS } from '@ledger/kernel';
import { DELIVERY_CONFIDENCE_RATINGS, PROPOSAL_STATUSES } from '@ledger/proposal';
import { RISK_RESPONSES } from '@ledger/risk';
import { USER_ROLES } from '@ledger/user';
import { eventLabel, labelOf, PACK_LABELS, plainCodes, ratingLabel, shortRef, type PackVocabulary } from './pack-labels';
import { poundsShort } from './render-pdf';

const VOCABULARIES: [PackVocabulary, readonly string[]][] = [
  ['proposalStatus', PROPOSAL_STATUSES],
  ['deliveryConfidence', DELIVERY_CONFIDENCE_RATINGS],
  ['riskResponse', RISK_RESPONSES],
  ['decisionOutcome', DECISION_OUTCOMES],
  ['forum', FORUMS],
  ['businessCaseStage', BUSINESS_CASE_STAGES],
  ['issueSeverity', ISSUE_SEVERITIES],
  ['role', USER_ROLES],
];

describe('the pack speaks the committee\'s language', () => {
  it.each(VOCABULARIES)('every %s code has a label of its own, not the code', (vocabulary, codes) => {
    for (const code of codes) {
      const label = labelOf(vocabulary, code);
      expect({ code, label }).toEqual({ code, label: expect.stringMatching(/^[A-Z]/) });
      expect(label).not.toBe(code);
    }
    // And no label for a code the slice no longer has.
    expect(Object.keys(PACK_LABELS[vocabulary]).sort()).toEqual([...codes].sort());
  });

  it('the codes the issue names read as words', () => {
    expect(labelOf('proposalStatus', 'in-delivery')).toBe('In delivery');
    expect(labelOf('deliveryConfidence', 'amber-green')).toBe('Amber/green');
    expect(eventLabel('ProposalAgreed')).toBe('Proposal agreed');
    expect(ratingLabel('unrated')).toBe('Not rated');
    expect(ratingLabel('amber-red')).toBe('Amber/red');
  });

  it('amounts in pounds as a committee reads them', () => {
    expect(poundsShort(1_500_000)).toBe('£1.5m');
    expect(poundsShort(70_000_000)).toBe('£70m');
    expect(poundsShort(1_234_567.89)).toBe('£1.23m');
    expect(poundsShort(250_000)).toBe('£250,000');
    expect(poundsShort(-2_500.4)).toBe('-£2,500');
    expect(poundsShort(0)).toBe('£0');
  });

  it('a UUID is shortened to a reference a reader can quote', () => {
    expect(shortRef('decision 0f8e7c2a-1b2c-4d5e-8f90-123456789abc superseded')).toBe('decision 0f8e7c2a superseded');
    expect(shortRef('ms-intel-bureau-live')).toBe('ms-intel-bureau-live');
  });
});

describe('codes inside a stored sentence', () => {
  it('hyphenated codes read as labels; ordinary words and longer ids are left alone', () => {
    expect(plainCodes('Delivery confidence in X rated amber-green (independent)')).toBe('Delivery confidence in X rated Amber/green (independent)');
    expect(plainCodes('Status in-delivery; outcome approve-with-conditions')).toBe('Status In delivery; outcome Approved with conditions');
    expect(plainCodes('proposal mmp-in-delivery-2 agreed; risk to reduce')).toBe('proposal mmp-in-delivery-2 agreed; risk to reduce');
  });
});
