import { type CalendarDate, type DomainEvent, type SourceReference, typeNames } from '@ledger/kernel';
export type ProgrammeEstablished = DomainEvent<'ProgrammeEstablished', {
  programmeId: string;
  name: string;
  mission: string;
  description: string | null;
  source: SourceReference;
}>;

export type StrategicPriorityDefined = DomainEvent<'StrategicPriorityDefined', { programmeId: string; priorityId: string; title: string; description: string | null }>;

export type StrategicOutcomeDefined = DomainEvent<'StrategicOutcomeDefined', { programmeId: string; outcomeId: string; title: string; description: string | null }>;

export type ProgrammeDirectorAppointed = DomainEvent<'ProgrammeDirectorAppointed', {
  programmeId: string;
  personId: string;
  name: string;
  effectiveDate: CalendarDate;
  previousDirector: { personId: string; name: string } | null;
}>;

export type ProgrammeEvent = ProgrammeEstablished | StrategicPriorityDefined | StrategicOutcomeDefined | ProgrammeDirectorAppointed;

/** The event types of the `programme-<id>` stream. */
export const PROGRAMME_EVENT_TYPES = typeNames<ProgrammeEvent['type']>({ ProgrammeEstablished: true, StrategicPriorityDefined: true, StrategicOutcomeDefined: true, ProgrammeDirectorAppointed: true });
