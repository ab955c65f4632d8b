import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { ObjectiveLinkFacts } from '@ledger/objective';
import type { AmendProposalAims } from './proposal.commands';
import { proposalDecider } from './proposal.decider';
import type { ProposalEvent } from './proposal.events';

const { given } = deciderSpec(proposalDecider);

const proposalId = 'safer-neighbourhoods';
const programme = { outcomeIds: ['communities-engaged', 'safety-improved'], priorityIds: ['safer-neighbourhoods'] };
const inForce = (priorityId: string): ObjectiveLinkFacts => ({ programmeId: 'mmp', planId: 'plan-2006-07', priorityId, priorityRetired: false });
const retired = (priorityId: string): ObjectiveLinkFacts => ({ ...inForce(priorityId), priorityRetired: true });

const registered: ProposalEvent = {
  type: 'ProposalRegistered',
  data: {
    proposalId,
    programmeId: 'mmp',
    title: 'Safer Neighbourhoods',
    aims: 'A Safer Neighbourhoods team on every ward',
    source: { document: 'Service Review 2005', paragraph: '21' },
    outcomeIds: ['communities-engaged'],
    priorityIds: ['safer-neighbourhoods'],
  },
};
const closed: ProposalEvent = { type: 'ProposalClosed', data: { proposalId, closedOn: '2008-03-31', reason: 'Delivered' } };

const amendAims: AmendProposalAims = {
  type: 'AmendProposalAims',
  data: {
    aims: 'A Safer Neighbourhoods team on every ward, serving the 2006/07 plan',
    outcomeIds: ['communities-engaged', 'safety-improved'],
    objectiveIds: ['reassurance'],
    reason: 'The 2006/07 policing plan sets the objectives it serves',
    amendedOn: '2006-04-01',
  },
  context: { programme, objectives: { reassurance: inForce('citizen-focus') } },
};
const amended: ProposalEvent = {
  type: 'ProposalAimsAmended',
  data: {
    proposalId,
    aims: amendAims.data.aims,
    outcomeIds: ['communities-engaged', 'safety-improved'],
    objectiveIds: ['reassurance'],
    previous: { aims: 'A Safer Neighbourhoods team on every ward', outcomeIds: ['communities-engaged'], objectiveIds: [] },
    reason: 'The 2006/07 policing plan sets the objectives it serves',
    amendedOn: '2006-04-01',
  },
};
const withContext = (objectives: AmendProposalAims['context']['objectives'], command: AmendProposalAims = amendAims): AmendProposalAims => ({ ...command, context: { programme, objectives } });

describe('proposal decider: aims, outcomes and the objectives served', () => {
  describe('when the proposal is not registered', () => {
    it('refuses an amendment', () => void given([]).when(amendAims).thenThrows('PROPOSAL_NOT_FOUND', 'not-found'));
  });

  describe('when the proposal is registered', () => {
    it('amends the aims and links it to an objective, keeping what they were', () => void given([registered]).when(amendAims).then([amended]));

    it('unlinks an objective with a reason (an empty list is allowed)', () =>
      void given([registered, amended])
        .when(amend(amendAims, { objectiveIds: [], reason: 'Served by the Met Change Programme instead' }))
        .then([{ type: 'ProposalAimsAmended', data: { ...amended.data, objectiveIds: [], previous: { aims: amended.data.aims, outcomeIds: amended.data.outcomeIds, objectiveIds: ['reassurance'] }, reason: 'Served by the Met Change Programme instead' } }]));

    it('refuses an amendment that changes nothing', () =>
      void given([registered, amended]).when(amend(amendAims, { outcomeIds: ['safety-improved', 'communities-engaged'] })).thenThrows('PROPOSAL_AIMS_UNCHANGED', 'rule'));

    it('refuses an empty reason', () => {
      const error = given([registered]).when(amend(amendAims, { reason: '   ' })).thenThrows('REASON_REQUIRED', 'validation');
      expect(error.field).toBe('reason');
    });

    it('refuses empty aims', () => void given([registered]).when(amend(amendAims, { aims: '' })).thenThrows('VALUE_REQUIRED', 'validation'));

    it('refuses supporting no outcome', () => void given([registered]).when(amend(amendAims, { outcomeIds: [] })).thenThrows('PROPOSAL_OUTCOME_REQUIRED', 'validation'));

    it('refuses an outcome the programme does not have', () => {
      const error = given([registered]).when(amend(amendAims, { outcomeIds: ['world-peace'] })).thenThrows('STRATEGIC_OUTCOME_UNKNOWN', 'validation');
      expect(error.field).toBe('outcomeIds[0]');
    });

    it('refuses an objective that does not exist', () => {
      const error = given([registered]).when(withContext({ reassurance: null })).thenThrows('OBJECTIVE_NOT_FOUND', 'not-found');
      expect(error.field).toBe('objectiveIds[0]');
    });

    it("refuses another programme's objective", () =>
      void given([registered]).when(withContext({ reassurance: { ...inForce('citizen-focus'), programmeId: 'met-change' } })).thenThrows('OBJECTIVE_OF_ANOTHER_PROGRAMME', 'validation'));

    it('refuses a new link to an objective under a retired priority', () => {
      const error = given([registered]).when(withContext({ reassurance: retired('citizen-focus') })).thenThrows('PRIORITY_RETIRED', 'rule');
      expect(error.field).toBe('objectiveIds[0]');
    });

    it('keeps a link made before its priority was retired when the aims change', () =>
      void given([registered, amended])
        .when(withContext({ reassurance: retired('citizen-focus') }, amend(amendAims, { aims: 'Reworded aims' })))
        .then([{ type: 'ProposalAimsAmended', data: { ...amended.data, aims: 'Reworded aims', previous: { aims: amended.data.aims, outcomeIds: amended.data.outcomeIds, objectiveIds: ['reassurance'] } } }]));

    it('refuses an objective listed twice', () => void given([registered]).when(amend(amendAims, { objectiveIds: ['reassurance', 'reassurance'] })).thenThrows('DUPLICATE_VALUE', 'validation'));

    it('refuses a malformed date', () => void given([registered]).when(amend(amendAims, { amendedOn: '1 April 2006' })).thenThrows('INVALID_CALENDAR_DATE', 'validation'));
  });

  describe('when the proposal is closed', () => {
    it('refuses an amendment', () => void given([registered, closed]).when(amendAims).thenThrows('PROPOSAL_CLOSED', 'rule'));
  });
});
