import { assertCalendarDate, type CalendarDate, deciderOf, fail, optionalText, requireId, requireSourceReference, requireText } from '@ledger/kernel';
import type { AppointProgrammeDirector, DefineStrategicOutcome, DefineStrategicPriority, EstablishProgramme, ProgrammeCommand } from './programme.commands';
import type { ProgrammeEvent } from './programme.events';

export type ProgrammeState = {
  /** null until the programme is established. */
  readonly programmeId: string | null;
  readonly priorityIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly director: { personId: string; name: string; effectiveDate: CalendarDate } | null;
};

export const initialProgrammeState = (): ProgrammeState => ({
  programmeId: null,
  priorityIds: [],
  outcomeIds: [],
  director: null,
});

/**
 * What a proposal registration needs to know about its programme: pass it as
 * `RegisterProposal.context.programme` (null when the programme does not exist).
 */
export function strategicFramework(state: ProgrammeState): { outcomeIds: readonly string[]; priorityIds: readonly string[] } | null {
  return state.programmeId === null
    ? null
    : { outcomeIds: state.outcomeIds, priorityIds: state.priorityIds };
}

function requireEstablished(state: ProgrammeState): string {
  if (state.programmeId === null)
    fail('PROGRAMME_NOT_FOUND', 'The programme has not been established');
  return state.programmeId;
}

export function establishProgramme(command: EstablishProgramme, state: ProgrammeState): ProgrammeEvent[] {
  const data = command.data;
  if (state.programmeId !== null) fail('PROGRAMME_ALREADY_ESTABLISHED', `Programme ${state.programmeId} is already established`);
  return [
    {
      type: 'ProgrammeEstablished',
      data: {
        programmeId: requireId(data.programmeId, 'programmeId'),
        name: requireText(data.name, 'name'),
        mission: requireText(data.mission, 'mission'),
        description: optionalText(data.description, 'description'),
        source: requireSourceReference(data.source, 'source'),
      },
    },
  ];
}

/** A priority or an outcome of the framework: an id new to the programme, a title, perhaps a description. */
function frameworkEntry(state: ProgrammeState, data: { title: unknown; description?: unknown }, id: unknown, field: 'priorityId' | 'outcomeId') {
  const programmeId = requireEstablished(state);
  const entryId = requireId(id, field);
  const [taken, code, what] = field === 'priorityId'
    ? [state.priorityIds, 'STRATEGIC_PRIORITY_ALREADY_DEFINED' as const, 'Strategic priority']
    : [state.outcomeIds, 'STRATEGIC_OUTCOME_ALREADY_DEFINED' as const, 'Strategic outcome'];
  if (taken.includes(entryId)) fail(code, `${what} ${entryId} is already defined`, field);
  return { programmeId, entryId, title: requireText(data.title, 'title'), description: optionalText(data.description, 'description') };
}

export function defineStrategicPriority(command: DefineStrategicPriority, state: ProgrammeState): ProgrammeEvent[] {
  const { entryId: priorityId, ...entry } = frameworkEntry(state, command.data, command.data.priorityId, 'priorityId');
  return [{ type: 'StrategicPriorityDefined', data: { programmeId: entry.programmeId, priorityId, title: entry.title, description: entry.description } }];
}

export function defineStrategicOutcome(command: DefineStrategicOutcome, state: ProgrammeState): ProgrammeEvent[] {
  const { entryId: outcomeId, ...entry } = frameworkEntry(state, command.data, command.data.outcomeId, 'outcomeId');
  return [{ type: 'StrategicOutcomeDefined', data: { programmeId: entry.programmeId, outcomeId, title: entry.title, description: entry.description } }];
}

export function appointProgrammeDirector(command: AppointProgrammeDirector, state: ProgrammeState): ProgrammeEvent[] {
  const programmeId = requireEstablished(state);
  const personId = requireText(command.data.personId, 'personId');
  const name = requireText(command.data.name, 'name');
  const effectiveDate = assertCalendarDate(command.data.effectiveDate, 'effectiveDate');
  const current = state.director;
  if (current !== null) {
    if (current.personId === personId) fail('PROGRAMME_DIRECTOR_ALREADY_APPOINTED', `${current.name} is already the programme director`, 'personId');
    // Keeps the history of who was director when in date order.
    if (effectiveDate < current.effectiveDate) fail('EFFECTIVE_DATE_BEFORE_CURRENT', `effectiveDate must not be before the current director's (${current.effectiveDate})`, 'effectiveDate');
  }
  return [
    {
      type: 'ProgrammeDirectorAppointed',
      data: {
        programmeId,
        personId,
        name,
        effectiveDate,
        previousDirector: current && { personId: current.personId, name: current.name },
      },
    },
  ];
}

export const programmeDecider = deciderOf<ProgrammeCommand, ProgrammeEvent, ProgrammeState>({
  initialState: initialProgrammeState,
  evolve: {
    ProgrammeEstablished: (state, event) => ({ ...state, programmeId: event.data.programmeId }),
    StrategicPriorityDefined: (state, event) => ({ ...state, priorityIds: [...state.priorityIds, event.data.priorityId] }),
    StrategicOutcomeDefined: (state, event) => ({ ...state, outcomeIds: [...state.outcomeIds, event.data.outcomeId] }),
    ProgrammeDirectorAppointed: (state, event) => {
      const { personId, name, effectiveDate } = event.data;
      return { ...state, director: { personId, name, effectiveDate } };
    },
  },
  decide: {
    EstablishProgramme: establishProgramme,
    DefineStrategicPriority: defineStrategicPriority,
    DefineStrategicOutcome: defineStrategicOutcome,
    AppointProgrammeDirector: appointProgrammeDirector,
  },
});
