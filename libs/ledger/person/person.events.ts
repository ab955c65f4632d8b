import { type CalendarDate, type DomainEvent, type SourceReference, typeNames } from '@ledger/kernel';

/** A post a person held, from one day to another (`to` null: still holds it, or not known). */
export type PersonPost = { post: string; from: CalendarDate; to: CalendarDate | null };

/**
 * A person without an account (a past post-holder, a board member who never signs in),
 * recorded by the programme office so that leads, owners and accountable people can name
 * them. People with an account come from the users (UserRegistered.personId).
 */
export type PersonRecorded = DomainEvent<'PersonRecorded', {
  personId: string;
  name: string;
  posts: PersonPost[];
  /** Where the reports name them (report and paragraph); null when illustrative. */
  source: SourceReference | null;
}>;

/** A further post the person held: their roles over time. */
export type PersonPostRecorded = DomainEvent<'PersonPostRecorded', { personId: string } & PersonPost>;

export type PersonEvent = PersonRecorded | PersonPostRecorded;

/** The event types of the `person-<personId>` stream. */
export const PERSON_EVENT_TYPES = typeNames<PersonEvent['type']>({ PersonRecorded: true, PersonPostRecorded: true });

/** The stream of a person recorded without an account. */
export const personStreamId = (personId: string): string => `person-${personId}`;
