import { deciderSpec } from '../../../test/support/decider-spec';
import { programmeDecider, strategicFramework, initialProgrammeState } from './programme.decider';
import type { ProgrammeEvent } from './programme.events';

const { given } = deciderSpec(programmeDecider);

const established: ProgrammeEvent = {
  type: 'ProgrammeEstablished',
  data: {
    programmeId: 'mmp',
    name: 'Met Modernisation Programme',
    mission: 'Working together for a safer London',
    description: null,
    source: { document: 'Service Review 2005', paragraph: '42' },
  },
};
const priorityDefined: ProgrammeEvent = {
  type: 'StrategicPriorityDefined',
  data: {
    programmeId: 'mmp',
    priorityId: 'safer-neighbourhoods',
    title: 'Safer Neighbourhoods',
    description: null,
  },
};
const outcomeDefined: ProgrammeEvent = {
  type: 'StrategicOutcomeDefined',
  data: {
    programmeId: 'mmp',
    outcomeId: 'offenders-brought-to-justice',
    title: 'More offenders are brought to justice',
    description: null,
  },
};
const rimmerAppointed: ProgrammeEvent = {
  type: 'ProgrammeDirectorAppointed',
  data: {
    programmeId: 'mmp',
    personId: 'stephen-rimmer',
    name: 'Stephen Rimmer',
    effectiveDate: '2005-10-03',
    previousDirector: null,
  },
};

describe('programme decider', () => {
  describe('when no programme exists', () => {
    it('establishes the programme', () => void given([]).when({ type: 'EstablishProgramme', data: { programmeId: 'mmp', name: ' Met Modernisation Programme ', mission: 'Working together for a safer London', source: { document: 'Service Review 2005', paragraph: '42' } } }).then([established]));

    it('refuses an unsafe programme id', () => void given([]).when({ type: 'EstablishProgramme', data: { ...established.data, programmeId: 'mmp/../x' } }).thenThrows('INVALID_ID', 'validation'));

    it('refuses a blank mission', () => void given([]).when({ type: 'EstablishProgramme', data: { ...established.data, mission: '  ' } }).thenThrows('VALUE_REQUIRED', 'validation'));

    it('refuses a source without a document', () => void given([]).when({ type: 'EstablishProgramme', data: { ...established.data, source: { document: '', paragraph: null } } }).thenThrows('VALUE_REQUIRED'));

    it.each([
      ['DefineStrategicPriority', { priorityId: 'p', title: 'P' }],
      ['DefineStrategicOutcome', { outcomeId: 'o', title: 'O' }],
      ['AppointProgrammeDirector', { personId: 'x', name: 'X', effectiveDate: '2005-10-03' }],
    ] as const)('refuses %s', (type, data) => {
      given([]).when({ type, data } as never).thenThrows('PROGRAMME_NOT_FOUND', 'not-found');
    });

    it('refuses a command without data', () => void given([]).when({ type: 'EstablishProgramme' } as never).thenThrows('INVALID_COMMAND', 'validation'));

    it('refuses an unknown command type', () => void given([]).when({ type: 'DissolveProgramme', data: {} } as never).thenThrows('INVALID_COMMAND'));
  });

  describe('when the programme is established', () => {
    it('refuses to establish it twice', () => void given([established]).when({ type: 'EstablishProgramme', data: established.data }).thenThrows('PROGRAMME_ALREADY_ESTABLISHED', 'rule'));

    it('defines a strategic priority', () => void given([established]).when({ type: 'DefineStrategicPriority', data: { priorityId: 'safer-neighbourhoods', title: 'Safer Neighbourhoods' } }).then([priorityDefined]));

    it('refuses a priority without a title', () => void given([established]).when({ type: 'DefineStrategicPriority', data: { priorityId: 'x', title: '' } }).thenThrows('VALUE_REQUIRED'));

    it('defines a strategic outcome', () => void given([established]).when({ type: 'DefineStrategicOutcome', data: { outcomeId: 'offenders-brought-to-justice', title: 'More offenders are brought to justice' } }).then([outcomeDefined]));

    it('appoints the first programme director', () => void given([established]).when({ type: 'AppointProgrammeDirector', data: { personId: 'stephen-rimmer', name: 'Stephen Rimmer', effectiveDate: '2005-10-03' } }).then([rimmerAppointed]));

    it('refuses an impossible effective date', () => void given([established]).when({ type: 'AppointProgrammeDirector', data: { personId: 'x', name: 'X', effectiveDate: '2005-02-30' } }).thenThrows('INVALID_CALENDAR_DATE', 'validation'));

    it('exposes its strategic framework for proposal registration', () => {
      const state = [established, priorityDefined, outcomeDefined].reduce(
        programmeDecider.evolve,
        initialProgrammeState(),
      );
      expect(strategicFramework(state)).toEqual({
        outcomeIds: ['offenders-brought-to-justice'],
        priorityIds: ['safer-neighbourhoods'],
      });
      expect(strategicFramework(initialProgrammeState())).toBeNull();
    });
  });

  describe('when priorities and outcomes are defined', () => {
    it('refuses a duplicate priority id', () => void given([established, priorityDefined]).when({ type: 'DefineStrategicPriority', data: { priorityId: 'safer-neighbourhoods', title: 'Again' } }).thenThrows('STRATEGIC_PRIORITY_ALREADY_DEFINED', 'rule'));

    it('refuses a duplicate outcome id', () => void given([established, outcomeDefined]).when({ type: 'DefineStrategicOutcome', data: { outcomeId: 'offenders-brought-to-justice', title: 'Again' } }).thenThrows('STRATEGIC_OUTCOME_ALREADY_DEFINED', 'rule'));
  });

  describe('when a director is in post', () => {
    it('appoints a successor, naming the previous director', () => void given([established, rimmerAppointed]).when({ type: 'AppointProgrammeDirector', data: { personId: 'successor', name: 'A Successor', effectiveDate: '2007-10-01' } }).then([{ type: 'ProgrammeDirectorAppointed', data: { programmeId: 'mmp', personId: 'successor', name: 'A Successor', effectiveDate: '2007-10-01', previousDirector: { personId: 'stephen-rimmer', name: 'Stephen Rimmer' } } }]));

    it('refuses to re-appoint the same person', () => void given([established, rimmerAppointed]).when({ type: 'AppointProgrammeDirector', data: { personId: 'stephen-rimmer', name: 'Stephen Rimmer', effectiveDate: '2006-01-01' } }).thenThrows('PROGRAMME_DIRECTOR_ALREADY_APPOINTED', 'rule'));

    it('refuses an appointment dated before the current one', () => void given([established, rimmerAppointed]).when({ type: 'AppointProgrammeDirector', data: { personId: 'successor', name: 'A Successor', effectiveDate: '2005-09-01' } }).thenThrows('EFFECTIVE_DATE_BEFORE_CURRENT', 'rule'));
  });
});
