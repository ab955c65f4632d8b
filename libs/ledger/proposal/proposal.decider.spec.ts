import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { AgreeProposal, AssessDeliveryConfidence, AssessEqualityImpact, AssignLead, CloseConsultation, CloseProposal, DeferProposal, NotTakeProposalForward, OpenConsultation, ProposalCommand, RegisterProposal, ReopenProposal, StartDelivery } from './proposal.commands';
import { proposalDecider } from './proposal.decider';
import type { DeliveryConfidenceAssessed, ProposalEvent } from './proposal.events';

const { given } = deciderSpec(proposalDecider);

const proposalId = 'safer-neighbourhoods';
const programme = {
  outcomeIds: ['communities-engaged', 'safety-improved'],
  priorityIds: ['safer-neighbourhoods', 'citizen-focus'],
};

const register: RegisterProposal = {
  type: 'RegisterProposal',
  data: {
    proposalId,
    programmeId: 'mmp',
    title: 'Safer Neighbourhoods',
    aims: 'A Safer Neighbourhoods team on every ward by the end of 2006/07',
    source: { document: 'Service Review 2005', paragraph: '21' },
    outcomeIds: ['communities-engaged', 'safety-improved'],
    priorityIds: ['safer-neighbourhoods'],
  },
  context: { programme },
};
const registered: ProposalEvent = {
  type: 'ProposalRegistered',
  data: { ...register.data },
};
const consultationOpened: ProposalEvent = {
  type: 'ConsultationOpened',
  data: {
    proposalId,
    opensOn: '2005-09-01',
    closesOn: '2005-12-01',
    consultees: ['Police Federation', 'UNISON'],
    description: 'Formal consultation on the Service Review proposals',
  },
};
const consultationClosed: ProposalEvent = {
  type: 'ConsultationClosed',
  data: {
    proposalId,
    closedOn: '2005-12-01',
    summary: 'Broad support; concerns on shift patterns',
  },
};
const agreed: ProposalEvent = {
  type: 'ProposalAgreed',
  data: {
    proposalId,
    forum: 'Authority',
    decisionDate: '2005-09-29',
    meeting: 'MPA Committee, 29 September 2005',
    meetingId: null,
    minuteReference: 'Report 8a',
    conditions: [],
    followUp: null,
  },
};
const godwinAssigned: ProposalEvent = {
  type: 'LeadAssigned',
  data: {
    proposalId,
    leadId: 'tim-godwin',
    leadName: 'Tim Godwin',
    leadRole: 'Assistant Commissioner',
    effectiveDate: '2005-09-29',
    previousLead: null,
    reason: null,
  },
};
const deliveryStarted: ProposalEvent = {
  type: 'ProposalDeliveryStarted',
  data: { proposalId, startedOn: '2005-10-03' },
};
const closed: ProposalEvent = {
  type: 'ProposalClosed',
  data: { proposalId, closedOn: '2007-03-31', reason: 'Teams in place on every ward' },
};
const notTakenForward: ProposalEvent = {
  type: 'ProposalNotTakenForward',
  data: {
    proposalId,
    reasonCode: 'too-bureaucratic',
    rationale: 'Cross charging between business groups',
    decisionDate: '2005-09-29',
  },
};
const deferred: ProposalEvent = {
  type: 'ProposalDeferred',
  data: {
    proposalId,
    decisionDate: '2005-09-29',
    until: '2006-04-01',
    reasonCode: 'better-elsewhere',
    rationale: 'Awaiting budget',
  },
};

const agree: AgreeProposal = {
  type: 'AgreeProposal',
  data: {
    forum: 'Authority',
    decisionDate: '2005-09-29',
    meeting: 'MPA Committee, 29 September 2005',
    minuteReference: 'Report 8a',
  },
};
const openConsultation: OpenConsultation = {
  type: 'OpenConsultation',
  data: {
    opensOn: '2005-09-01',
    closesOn: '2005-12-01',
    consultees: ['Police Federation', 'UNISON'],
    description: 'Formal consultation on the Service Review proposals',
  },
};
const closeConsultation: CloseConsultation = {
  type: 'CloseConsultation',
  data: { closedOn: '2005-12-01', summary: 'Broad support; concerns on shift patterns' },
};
const notTakeForward: NotTakeProposalForward = {
  type: 'NotTakeProposalForward',
  data: {
    reasonCode: 'too-bureaucratic',
    rationale: 'Cross charging between business groups',
    decisionDate: '2005-09-29',
  },
};
const defer: DeferProposal = {
  type: 'DeferProposal',
  data: { decisionDate: '2005-09-29', until: '2006-04-01', reasonCode: 'better-elsewhere', rationale: 'Awaiting budget' },
};
const reopen: ReopenProposal = {
  type: 'ReopenProposal',
  data: { reopenedOn: '2006-05-01', reason: 'Budget settlement allows it' },
};
const assignGodwin: AssignLead = {
  type: 'AssignLead',
  data: {
    leadId: 'tim-godwin',
    leadName: 'Tim Godwin',
    leadRole: 'Assistant Commissioner',
    effectiveDate: '2005-09-29',
  },
};
const reassignToHouse: AssignLead = {
  type: 'AssignLead',
  data: {
    leadId: 'stephen-house',
    leadName: 'Stephen House',
    leadRole: 'Assistant Commissioner',
    effectiveDate: '2006-06-01',
    reason: 'Portfolio moved to Central Operations',
  },
};
const allNeutral = {
  age: 'neutral',
  disability: 'neutral',
  'gender-reassignment': 'neutral',
  'marriage-and-civil-partnership': 'neutral',
  'pregnancy-and-maternity': 'neutral',
  race: 'neutral',
  'religion-or-belief': 'neutral',
  sex: 'neutral',
  'sexual-orientation': 'neutral',
} as const;
const assessEquality: AssessEqualityImpact = {
  type: 'AssessEqualityImpact',
  data: {
    assessmentId: 'eqia-1',
    screeningOutcome: 'full-assessment-required',
    impacts: { ...allNeutral, race: 'positive', age: 'negative' },
    evidence: 'Ward profiles and community consultation',
    mitigation: 'Youth engagement officers in each team',
    reviewDate: '2006-09-29',
    assessedOn: '2005-09-20',
  },
};
const equalityAssessed: ProposalEvent = {
  type: 'EqualityImpactAssessed',
  data: {
    proposalId,
    ...assessEquality.data,
    mitigation: 'Youth engagement officers in each team',
  },
};
const assessSelf: AssessDeliveryConfidence = {
  type: 'AssessDeliveryConfidence',
  data: {
    rating: 'green',
    assessment: 'self',
    commentary: 'Recruitment on track',
    assessedOn: '2006-01-10',
    assessorName: 'Tim Godwin',
  },
};
const selfAssessedGreen: DeliveryConfidenceAssessed = {
  type: 'DeliveryConfidenceAssessed',
  data: {
    proposalId,
    rating: 'green',
    assessment: 'self',
    commentary: 'Recruitment on track',
    assessedOn: '2006-01-10',
    assessorName: 'Tim Godwin',
    previousRating: null,
  },
};
const startDelivery: StartDelivery = { type: 'StartDelivery', data: { startedOn: '2005-10-03' } };
const closeProposal: CloseProposal = {
  type: 'CloseProposal',
  data: { closedOn: '2007-03-31', reason: 'Teams in place on every ward' },
};

const everyOtherCommand: ProposalCommand[] = [
  openConsultation,
  closeConsultation,
  agree,
  notTakeForward,
  reopen,
  defer,
  assignGodwin,
  assessEquality,
  assessSelf,
  startDelivery,
  closeProposal,
];

describe('proposal decider', () => {
  describe('when the proposal is not registered', () => {
    it('registers it with the outcomes and priorities it supports', () => void given([]).when(register).then([registered]));

    it('refuses a proposal supporting no strategic outcome', () => void given([]).when(amend(register, { outcomeIds: [] })).thenThrows('PROPOSAL_OUTCOME_REQUIRED', 'validation'));

    it('refuses an outcome the programme does not have', () => {
      const error = given([]).when(amend(register, { outcomeIds: ['communities-engaged', 'world-peace'] })).thenThrows('STRATEGIC_OUTCOME_UNKNOWN', 'validation');
      expect(error.field).toBe('outcomeIds[1]');
    });

    it('refuses a priority the programme does not have', () => void given([]).when(amend(register, { priorityIds: ['olympics'] })).thenThrows('STRATEGIC_PRIORITY_UNKNOWN', 'validation'));

    it('refuses an outcome listed twice', () => void given([]).when(amend(register, { outcomeIds: ['communities-engaged', 'communities-engaged'] })).thenThrows('DUPLICATE_VALUE', 'validation'));

    it('refuses when the programme does not exist', () => void given([]).when({ ...register, context: { programme: null } }).thenThrows('PROGRAMME_NOT_FOUND', 'not-found'));

    it('refuses a registration without the programme context', () => void given([]).when({ type: 'RegisterProposal', data: register.data } as never).thenThrows('INVALID_COMMAND'));

    it('refuses a blank title', () => void given([]).when(amend(register, { title: ' ' })).thenThrows('VALUE_REQUIRED'));

    it.each(everyOtherCommand.map((command) => [command.type, command] as const))(
      'refuses %s',
      (_type, command) => {
        given([]).when(command).thenThrows('PROPOSAL_NOT_FOUND', 'not-found');
      },
    );
  });

  describe('when the proposal is registered', () => {
    const history = [registered];

    it('refuses to register it again', () => void given(history).when(register).thenThrows('PROPOSAL_ALREADY_REGISTERED', 'rule'));

    it('opens a consultation', () => void given(history).when(openConsultation).then([consultationOpened]));

    it('refuses a consultation that closes before it opens', () => void given(history).when(amend(openConsultation, { closesOn: '2005-08-01' })).thenThrows('DATE_OUT_OF_ORDER', 'validation'));

    it('refuses a consultation with no consultees', () => void given(history).when(amend(openConsultation, { consultees: [] })).thenThrows('INVALID_LIST', 'validation'));

    it('refuses to close a consultation that was never opened', () => void given(history).when(closeConsultation).thenThrows('CONSULTATION_NOT_OPEN', 'rule'));

    it('agrees it without a consultation', () => void given(history).when(agree).then([agreed]));

    it('keeps the conditions of an agreement', () => void given(history).when(amend(agree, { conditions: ['Subject to consultation'] })).then([amend(agreed, { conditions: ['Subject to consultation'] })]));

    it('refuses an unknown forum', () => void given(history).when(amend(agree, { forum: 'Cabinet' }) as never).thenThrows('INVALID_ENUM_VALUE', 'validation'));

    it('records the meeting it was taken at, and who follows up its conditions', () =>
      void given(history)
        .when(amend(agree, { atMeeting: { meetingId: 'authority-0929', forum: 'Authority', date: '2005-09-29' }, conditions: ['Subject to consultation'], followUp: { ownerName: 'AC Tim Godwin', ownerPersonId: 'tim-godwin', dueOn: '2006-03-09' } }))
        .then([amend(agreed, { meetingId: 'authority-0929', conditions: ['Subject to consultation'], followUp: { owner: { personId: 'tim-godwin', name: 'AC Tim Godwin' }, dueOn: '2006-03-09', dueMeeting: null } })]));

    it('refuses an agreement whose meeting is of another forum', () => {
      const error = given(history).when(amend(agree, { atMeeting: { meetingId: 'oversight-0929', forum: 'Committee', date: '2005-09-29' } })).thenThrows('MEETING_OF_ANOTHER_FORUM', 'validation');
      expect(error.field).toBe('meetingId');
    });

    it('names no meeting when its words name none of the id scheme; the full Authority on a day when they do', () => {
      void given(history).when(agree).then([agreed]);
      void given(history).when(amend(agree, { meeting: 'Full Authority meeting' })).then([amend(agreed, { meeting: 'Full Authority meeting', meetingId: 'mmp-authority-2005-09-29' })]);
    });

    it('refuses conditions due before the day of the agreement', () => {
      const error = given(history).when(amend(agree, { followUp: { dueOn: '2005-09-01' } })).thenThrows('DATE_OUT_OF_ORDER');
      expect(error.field).toBe('followUp.dueOn');
    });

    it('refuses a follow-up owner with a person id but no name', () =>
      void given(history).when(amend(agree, { followUp: { ownerPersonId: 'tim-godwin' } })).thenThrows('VALUE_REQUIRED'));

    it('refuses an impossible decision date', () => void given(history).when(amend(agree, { decisionDate: '2005-02-30' })).thenThrows('INVALID_CALENDAR_DATE'));

    it('records that it is not taken forward', () => void given(history).when(notTakeForward).then([notTakenForward]));

    it('refuses an unknown reason code', () => void given(history).when(amend(notTakeForward, { reasonCode: 'dull' }) as never).thenThrows('INVALID_ENUM_VALUE'));

    it('defers it', () => void given(history).when(defer).then([deferred]));

    it('defers it without a date', () => void given(history).when({ type: 'DeferProposal', data: { decisionDate: '2005-09-29', reasonCode: 'other', rationale: 'Later' } }).then([{ type: 'ProposalDeferred', data: { proposalId, decisionDate: '2005-09-29', until: null, reasonCode: 'other', rationale: 'Later' } }]));

    it('refuses a deferral without a reason code from the list', () => void given(history).when(amend(defer, { reasonCode: 'budget' as never })).thenThrows('INVALID_ENUM_VALUE', 'validation'));

    it('refuses a deferral until a date before the decision', () => void given(history).when(amend(defer, { until: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));

    it('refuses to reopen it', () => void given(history).when(reopen).thenThrows('PROPOSAL_NOT_REOPENABLE', 'rule'));

    it.each([
      ['AssignLead', assignGodwin],
      ['AssessDeliveryConfidence', assessSelf],
      ['StartDelivery', startDelivery],
      ['CloseProposal', closeProposal],
    ] as const)('refuses %s before agreement', (_type, command) => {
      given(history).when(command).thenThrows('PROPOSAL_NOT_AGREED', 'rule');
    });

    it('records an equality impact assessment', () => void given(history).when(assessEquality).then([equalityAssessed]));

    it('refuses an assessment that omits a protected characteristic', () => {
      const { race: _race, ...impacts } = allNeutral;
      const error = given(history).when(amend(assessEquality, { impacts }) as never).thenThrows('EQUALITY_IMPACTS_INCOMPLETE', 'validation');
      expect(error.field).toBe('impacts.race');
    });

    it('refuses an unknown characteristic or impact', () => {
      given(history).when(amend(assessEquality, { impacts: { ...allNeutral, height: 'neutral' } }) as never).thenThrows('INVALID_ENUM_VALUE');
      given(history).when(amend(assessEquality, { impacts: { ...allNeutral, sex: 'mixed' } }) as never).thenThrows('INVALID_ENUM_VALUE');
    });

    it('refuses a negative impact without mitigation', () => void given(history).when(amend(assessEquality, { mitigation: '' })).thenThrows('EQUALITY_MITIGATION_REQUIRED', 'validation'));

    it('refuses a review date before the assessment', () => void given(history).when(amend(assessEquality, { reviewDate: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));
  });

  describe('when an equality impact assessment is recorded', () => {
    it('refuses the same assessment id twice', () => void given([registered, equalityAssessed]).when(assessEquality).thenThrows('EQUALITY_IMPACT_ASSESSMENT_ALREADY_RECORDED', 'rule'));
  });

  describe('when a consultation is open', () => {
    const history = [registered, consultationOpened];

    it('is in consultation', () => void given(history).thenState(expect.objectContaining({ status: 'in-consultation' })));

    it('refuses to open another', () => void given(history).when(openConsultation).thenThrows('CONSULTATION_ALREADY_OPEN', 'rule'));

    it('closes the consultation', () => void given(history).when(closeConsultation).then([consultationClosed]));

    it('refuses a close dated before the opening', () => void given(history).when(amend(closeConsultation, { closedOn: '2005-08-01' })).thenThrows('DATE_OUT_OF_ORDER'));

    it('refuses a close without a summary of responses', () => void given(history).when(amend(closeConsultation, { summary: '' })).thenThrows('VALUE_REQUIRED'));

    it('agrees it subject to the ongoing consultation', () => void given(history).when(agree).then([agreed]));

    it('still closes the consultation after agreement', () => void given([...history, agreed]).when(closeConsultation).then([consultationClosed]));
  });

  describe('when the consultation has closed', () => {
    const history = [registered, consultationOpened, consultationClosed];

    it('stays in consultation until decided', () => void given(history).thenState(expect.objectContaining({ status: 'in-consultation', consultation: { open: false, opensOn: '2005-09-01' } })));

    it('opens a further round', () => void given(history).when(openConsultation).then([consultationOpened]));

    it('refuses to close it again', () => void given(history).when(closeConsultation).thenThrows('CONSULTATION_NOT_OPEN'));

    it('is agreed', () => void given(history).when(agree).then([agreed]));
  });

  describe('when the proposal is agreed', () => {
    const history = [registered, agreed];

    it.each([
      ['AgreeProposal', agree],
      ['NotTakeProposalForward', notTakeForward],
      ['DeferProposal', defer],
    ] as const)('refuses %s', (_type, command) => {
      given(history).when(command).thenThrows('PROPOSAL_ALREADY_AGREED', 'rule');
    });

    it('refuses a consultation', () => void given(history).when(openConsultation).thenThrows('CONSULTATION_NOT_ALLOWED', 'rule'));

    it('assigns the first lead without needing a reason', () => void given(history).when(assignGodwin).then([godwinAssigned]));

    it('refuses a lead without a role', () => void given(history).when(amend(assignGodwin, { leadRole: '' })).thenThrows('VALUE_REQUIRED'));

    it("records the lead's own delivery confidence rating", () => void given(history).when(assessSelf).then([selfAssessedGreen]));

    it('refuses a rating off the five-point scale', () => void given(history).when(amend(assessSelf, { rating: 'watermelon' }) as never).thenThrows('INVALID_ENUM_VALUE'));

    it('refuses an unknown kind of assessment', () => void given(history).when(amend(assessSelf, { assessment: 'peer' }) as never).thenThrows('INVALID_ENUM_VALUE'));

    it('refuses to start delivery with nobody accountable', () => void given(history).when(startDelivery).thenThrows('PROPOSAL_LEAD_REQUIRED', 'rule'));

    it('closes it', () => void given(history).when(closeProposal).then([closed]));

    it('refuses a closure dated before the agreement', () => void given(history).when(amend(closeProposal, { closedOn: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));

    it('refuses a closure without a reason', () => void given(history).when(amend(closeProposal, { reason: ' ' })).thenThrows('REASON_REQUIRED', 'validation'));
  });

  describe('when the proposal has a lead', () => {
    const history = [registered, agreed, godwinAssigned];

    it('reassigns it, naming the previous lead and the reason', () => void given(history).when(reassignToHouse).then([{ type: 'LeadAssigned', data: { proposalId, leadId: 'stephen-house', leadName: 'Stephen House', leadRole: 'Assistant Commissioner', effectiveDate: '2006-06-01', previousLead: { id: 'tim-godwin', name: 'Tim Godwin' }, reason: 'Portfolio moved to Central Operations' } }]));

    it('refuses to reassign it to the same lead', () => void given(history).when(amend(assignGodwin, { reason: 'again' })).thenThrows('LEAD_ALREADY_ASSIGNED', 'rule'));

    it('refuses a reassignment without a reason', () => void given(history).when(amend(reassignToHouse, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('refuses a reassignment effective before the current lead', () => void given(history).when(amend(reassignToHouse, { effectiveDate: '2005-01-01' })).thenThrows('EFFECTIVE_DATE_BEFORE_CURRENT', 'rule'));

    it('starts delivery', () => void given(history).when(startDelivery).then([deliveryStarted]));

    it('refuses a start dated before the agreement', () => void given(history).when({ type: 'StartDelivery', data: { startedOn: '2005-09-01' } }).thenThrows('DATE_OUT_OF_ORDER'));

    it("keeps both the lead's own and the independent rating", () => {
      const independentAmberRed: ProposalEvent = {
        type: 'DeliveryConfidenceAssessed',
        data: {
          ...selfAssessedGreen.data,
          rating: 'amber-red',
          assessment: 'independent',
          assessorName: 'Gateway review team',
        },
      };
      given([...history, selfAssessedGreen, independentAmberRed]).thenState(expect.objectContaining({ deliveryConfidence: { self: 'green', independent: 'amber-red' } }));
    });

    it('records the previous rating of the same kind', () => void given([...history, selfAssessedGreen]).when(amend(assessSelf, { rating: 'amber', assessedOn: '2006-04-10' })).then([{ type: 'DeliveryConfidenceAssessed', data: { ...selfAssessedGreen.data, rating: 'amber', assessedOn: '2006-04-10', previousRating: 'green' } }]));
  });

  describe('when the proposal is in delivery', () => {
    const history = [registered, agreed, godwinAssigned, deliveryStarted];

    it('refuses to start delivery again', () => void given(history).when(startDelivery).thenThrows('PROPOSAL_ALREADY_IN_DELIVERY', 'rule'));

    it('still takes a new lead', () => void given(history).when(reassignToHouse).then([expect.objectContaining({ type: 'LeadAssigned' })]));

    it('closes it', () => void given(history).when(closeProposal).then([closed]));

    it('refuses to agree it again', () => void given(history).when(agree).thenThrows('PROPOSAL_ALREADY_AGREED'));
  });

  describe('when the proposal is closed', () => {
    const history = [registered, agreed, godwinAssigned, deliveryStarted, closed];

    it('refuses to close it again', () => void given(history).when(closeProposal).thenThrows('PROPOSAL_ALREADY_CLOSED', 'rule'));

    it('refuses to agree it', () => void given(history).when(agree).thenThrows('PROPOSAL_NOT_AWAITING_DECISION', 'rule'));

    it('refuses a new lead', () => void given(history).when(reassignToHouse).thenThrows('PROPOSAL_NOT_AGREED'));

    it('refuses an equality impact assessment', () => void given(history).when(assessEquality).thenThrows('PROPOSAL_CLOSED', 'rule'));

    it('refuses to reopen it', () => void given(history).when(reopen).thenThrows('PROPOSAL_NOT_REOPENABLE'));
  });

  describe('when the proposal was not taken forward', () => {
    const history = [registered, notTakenForward];

    it('refuses to agree it', () => void given(history).when(agree).thenThrows('PROPOSAL_NOT_AWAITING_DECISION', 'rule'));

    it('refuses to record it as not taken forward again', () => void given(history).when(notTakeForward).thenThrows('PROPOSAL_NOT_AWAITING_DECISION'));

    it('refuses a consultation', () => void given(history).when(openConsultation).thenThrows('CONSULTATION_NOT_ALLOWED'));

    it('reopens it with a reason', () => void given(history).when(reopen).then([{ type: 'ProposalReopened', data: { proposalId, reopenedOn: '2006-05-01', reason: 'Budget settlement allows it', previousStatus: 'not-taken-forward' } }]));

    it('refuses to reopen it without a reason', () => void given(history).when(amend(reopen, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('still records an equality impact assessment', () => void given(history).when(assessEquality).then([equalityAssessed]));
  });

  describe('when the proposal is deferred', () => {
    const history = [registered, deferred];

    it('refuses to defer it again', () => void given(history).when(defer).thenThrows('PROPOSAL_NOT_AWAITING_DECISION'));

    it('reopens it', () => void given(history).when(reopen).then([{ type: 'ProposalReopened', data: { proposalId, reopenedOn: '2006-05-01', reason: 'Budget settlement allows it', previousStatus: 'deferred' } }]));
  });

  describe('when the proposal was reopened', () => {
    const reopened: ProposalEvent = {
      type: 'ProposalReopened',
      data: {
        proposalId,
        reopenedOn: '2006-05-01',
        reason: 'r',
        previousStatus: 'not-taken-forward',
      },
    };

    it('is registered again and can be agreed', () => {
      given([registered, notTakenForward, reopened]).thenState(expect.objectContaining({ status: 'registered' }));
      given([registered, notTakenForward, reopened]).when(agree).then([agreed]);
    });
  });
});
