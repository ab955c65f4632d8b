import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { ProgrammeDirectorAppointed, ProgrammeEstablished, StrategicOutcomeDefined, StrategicPriorityDefined } from './programme.events';
export type EstablishProgramme = DomainCommand<'EstablishProgramme', CommandData<ProgrammeEstablished['data'], never, 'description'>>;

export type DefineStrategicPriority = DomainCommand<'DefineStrategicPriority', CommandData<StrategicPriorityDefined['data'], 'programmeId', 'description'>>;

export type DefineStrategicOutcome = DomainCommand<'DefineStrategicOutcome', CommandData<StrategicOutcomeDefined['data'], 'programmeId', 'description'>>;

export type AppointProgrammeDirector = DomainCommand<'AppointProgrammeDirector', CommandData<ProgrammeDirectorAppointed['data'], 'programmeId' | 'previousDirector'>>;

export type ProgrammeCommand = EstablishProgramme | DefineStrategicPriority | DefineStrategicOutcome | AppointProgrammeDirector;
