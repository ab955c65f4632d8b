import type { CalendarDate, DomainCommand, SourceReference } from '@ledger/kernel';
export type EstablishProgramme = DomainCommand<
  'EstablishProgramme',
  {
    programmeId: string;
    name: string;
    mission: string;
    description?: string | null;
    source: SourceReference;
  }
>;

export type DefineStrategicPriority = DomainCommand<
  'DefineStrategicPriority',
  { priorityId: string; title: string; description?: string | null }
>;

export type DefineStrategicOutcome = DomainCommand<
  'DefineStrategicOutcome',
  { outcomeId: string; title: string; description?: string | null }
>;

export type AppointProgrammeDirector = DomainCommand<
  'AppointProgrammeDirector',
  { personId: string; name: string; effectiveDate: CalendarDate }
>;

export type ProgrammeCommand = EstablishProgramme | DefineStrategicPriority | DefineStrategicOutcome | AppointProgrammeDirector;
