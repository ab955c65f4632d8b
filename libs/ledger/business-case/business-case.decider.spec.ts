import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { ApproveBusinessCase, ReturnBusinessCase, SubmitBusinessCase } from './business-case.commands';
import { businessCaseDecider } from './business-case.decider';
import type { BusinessCaseEvent, BusinessCaseSubmitted } from './business-case.events';

const { given } = deciderSpec(businessCaseDecider);

const proposalId = 'shared-service-centres';
const sections = {
  strategic: 'Transactional HR and finance in shared service centres',
  economic: 'Preferred option: two centres',
  commercial: 'In-house with specialist support',
  financial: 'Affordable within the medium-term financial plan',
  management: 'Programme board chaired by the Director of HR',
};

const submitSoc: SubmitBusinessCase = {
  type: 'SubmitBusinessCase',
  data: {
    proposalId,
    stage: 'SOC',
    sections,
    investment: [
      { financialYear: '2006/07', amountPence: 250_000_000 },
      { financialYear: '2007/08', amountPence: 120_000_000 },
    ],
    wholeLifeCostPence: 900_000_000,
    anticipatedBenefits: [
      { description: 'Cashable savings in transactional HR', amountPence: 400_000_000 },
      { description: 'Consistency of practice' },
    ],
    submittedBy: 'Martin Tiplady',
    submittedOn: '2006-01-16',
  },
  context: { proposalStatus: 'agreed' },
};
const submitted = (
  version: number,
  stage: 'SOC' | 'OBC' | 'FBC' = 'SOC',
): BusinessCaseSubmitted => ({
  type: 'BusinessCaseSubmitted',
  data: {
    ...submitSoc.data,
    stage,
    version,
    anticipatedBenefits: [
      { description: 'Cashable savings in transactional HR', amountPence: 400_000_000 },
      { description: 'Consistency of practice', amountPence: null },
    ],
  },
});
const approve: ApproveBusinessCase = {
  type: 'ApproveBusinessCase',
  data: { version: 1, meeting: 'Corporate Governance Committee', decisionDate: '2006-02-02' },
};
const returnCase: ReturnBusinessCase = {
  type: 'ReturnBusinessCase',
  data: {
    version: 1,
    comments: 'Benefits not linked to strategic outcomes',
    meeting: 'Corporate Governance Committee',
    decisionDate: '2006-02-02',
  },
};
const approved = (version: number, stage: 'SOC' | 'OBC' | 'FBC' = 'SOC'): BusinessCaseEvent => ({
  type: 'BusinessCaseApproved',
  data: {
    proposalId,
    stage,
    version,
    conditions: [],
    meeting: approve.data.meeting,
    forum: 'Committee',
    meetingId: null,
    decisionDate: '2006-02-02',
    followUp: null,
  },
});
const returned = (version: number, stage: 'SOC' | 'OBC' | 'FBC' = 'SOC'): BusinessCaseEvent => ({
  type: 'BusinessCaseReturned',
  data: {
    proposalId,
    stage,
    version,
    comments: returnCase.data.comments,
    meeting: returnCase.data.meeting,
    forum: 'Committee',
    meetingId: null,
    decisionDate: '2006-02-02',
  },
});
const submit = (stage: 'SOC' | 'OBC' | 'FBC'): SubmitBusinessCase => (amend(submitSoc, { stage }));

describe('business case decider', () => {
  describe('when nothing has been submitted', () => {
    it('takes the strategic outline case as version 1', () => void given([]).when(submitSoc).then([submitted(1)]));

    it('takes it while the proposal is in delivery', () => void given([]).when({ ...submitSoc, context: { proposalStatus: 'in-delivery' } }).then([submitted(1)]));

    it('refuses it for a proposal that is not agreed', () => void given([]).when({ ...submitSoc, context: { proposalStatus: 'in-consultation' } }).thenThrows('PROPOSAL_NOT_AGREED', 'rule'));

    it('refuses it for a proposal that does not exist', () => void given([]).when({ ...submitSoc, context: { proposalStatus: null } }).thenThrows('PROPOSAL_NOT_FOUND', 'not-found'));

    it('refuses to start at the outline or full case', () => void given([]).when(submit('OBC')).thenThrows('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE', 'rule'));

    it('refuses an unknown stage', () => void given([]).when(amend(submitSoc, { stage: 'PID' }) as never).thenThrows('INVALID_ENUM_VALUE', 'validation'));

    it('refuses a missing section of the five cases', () => {
      const error = given([]).when(amend(submitSoc, { sections: { ...sections, commercial: '' } })).thenThrows('VALUE_REQUIRED', 'validation');
      expect(error.field).toBe('sections.commercial');
    });

    it('refuses investment in fractions of a penny', () => {
      const error = given([]).when(amend(submitSoc, { investment: [{ financialYear: '2006/07', amountPence: 10.5 }] })).thenThrows('INVALID_AMOUNT', 'validation');
      expect(error.field).toBe('investment[0].amountPence');
    });

    it('refuses a financial year that is not consecutive', () => void given([]).when(amend(submitSoc, { investment: [{ financialYear: '2006/08', amountPence: 1 }] })).thenThrows('INVALID_FINANCIAL_YEAR', 'validation'));

    it('refuses the same financial year twice', () => void given([]).when(amend(submitSoc, { investment: [{ financialYear: '2006/07', amountPence: 1 }, { financialYear: '2006/07', amountPence: 2 }] })).thenThrows('DUPLICATE_VALUE', 'validation'));

    it('refuses a negative whole-life cost', () => void given([]).when(amend(submitSoc, { wholeLifeCostPence: -1 })).thenThrows('INVALID_AMOUNT'));

    it('refuses an anticipated benefit amount that is not a number of pence', () => void given([]).when(amend(submitSoc, { anticipatedBenefits: [{ description: 'x', amountPence: Number.NaN }] })).thenThrows('INVALID_AMOUNT'));

    it('refuses to approve or return a case that does not exist', () => {
      given([]).when(approve).thenThrows('BUSINESS_CASE_NOT_FOUND', 'not-found');
      given([]).when(returnCase).thenThrows('BUSINESS_CASE_NOT_FOUND', 'not-found');
    });
  });

  describe('when a version is awaiting scrutiny', () => {
    const history = [submitted(1)];

    it('refuses another submission', () => void given(history).when(submitSoc).thenThrows('BUSINESS_CASE_AWAITING_SCRUTINY', 'rule'));

    it('approves it', () => void given(history).when(approve).then([approved(1)]));

    it('approves it with conditions', () => void given(history).when(amend(approve, { conditions: ['Report benefits quarterly'] })).then([{ type: 'BusinessCaseApproved', data: { proposalId, stage: 'SOC', version: 1, conditions: ['Report benefits quarterly'], meeting: approve.data.meeting, forum: 'Committee', meetingId: null, decisionDate: '2006-02-02', followUp: null } }]));

    it('returns it with comments', () => void given(history).when(returnCase).then([returned(1)]));

    it('records the meeting it was scrutinised at, and its forum', () =>
      void given(history).when(amend(approve, { meeting: 'Scrutiny', atMeeting: { meetingId: 'board-0202', forum: 'ManagementBoard', date: '2006-02-02' } })).then([{ type: 'BusinessCaseApproved', data: { ...approved(1).data, meeting: 'Scrutiny', forum: 'ManagementBoard', meetingId: 'board-0202' } } as BusinessCaseEvent]));

    it('refuses a meeting of another forum than its words name', () =>
      void given(history).when(amend(returnCase, { atMeeting: { meetingId: 'authority-0202', forum: 'Authority', date: '2006-02-02' } })).thenThrows('MEETING_OF_ANOTHER_FORUM', 'validation'));

    it('refuses to return it without comments', () => void given(history).when(amend(returnCase, { comments: '  ' })).thenThrows('BUSINESS_CASE_COMMENTS_REQUIRED', 'validation'));

    it('refuses a decision naming another version', () => {
      given(history).when(amend(approve, { version: 2 })).thenThrows('BUSINESS_CASE_VERSION_STALE', 'rule');
      given(history).when(amend(returnCase, { version: 2 })).thenThrows('BUSINESS_CASE_VERSION_STALE', 'rule');
    });

    it('refuses a version that is not a positive whole number', () => void given(history).when(amend(approve, { version: 0 })).thenThrows('INVALID_INTEGER', 'validation'));

    it('refuses a decision dated before the submission', () => void given(history).when(amend(approve, { decisionDate: '2006-01-01' })).thenThrows('DATE_OUT_OF_ORDER', 'validation'));
  });

  describe('when the latest version was returned', () => {
    const history = [submitted(1), returned(1)];

    it('takes a resubmission of the same stage as a new version', () => void given(history).when(submitSoc).then([submitted(2)]));

    it('refuses to move on to the next stage', () => void given(history).when(submit('OBC')).thenThrows('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE'));

    it('refuses to scrutinise the returned version again', () => void given(history).when(approve).thenThrows('BUSINESS_CASE_NOT_AWAITING_SCRUTINY', 'rule'));

    it('refuses a decision on the returned version once a new one is in', () => void given([...history, submitted(2)]).when(approve).thenThrows('BUSINESS_CASE_VERSION_STALE'));
  });

  describe('when a stage is approved', () => {
    const history = [submitted(1), returned(1), submitted(2), approved(2)];

    it('takes the next stage as the next version', () => void given(history).when(submit('OBC')).then([submitted(3, 'OBC')]));

    it('refuses the same stage again or a skipped stage', () => {
      given(history).when(submitSoc).thenThrows('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE');
      given(history).when(submit('FBC')).thenThrows('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE');
    });

    it('refuses to approve it twice', () => void given(history).when(amend(approve, { version: 2 })).thenThrows('BUSINESS_CASE_NOT_AWAITING_SCRUTINY'));

    it('refuses a submission for another proposal', () => void given(history).when(amend(submitSoc, { proposalId: 'other', stage: 'OBC' })).thenThrows('AGGREGATE_ID_MISMATCH', 'validation'));
  });

  describe('when the full business case is approved', () => {
    const history = [
      submitted(1),
      approved(1),
      submitted(2, 'OBC'),
      approved(2, 'OBC'),
      submitted(3, 'FBC'),
      approved(3, 'FBC'),
    ];

    it('refuses any further stage', () => void given(history).when(submit('FBC')).thenThrows('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE'));
  });
});
