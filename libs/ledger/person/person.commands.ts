import type { DomainCommand } from '@ledger/kernel';
import type { PersonPostRecorded, PersonRecorded } from './person.events';

export type RecordPerson = DomainCommand<'RecordPerson', PersonRecorded['data']>;

export type RecordPersonPost = DomainCommand<'RecordPersonPost', Omit<PersonPostRecorded['data'], 'personId'>>;

export type PersonCommand = RecordPerson | RecordPersonPost;
