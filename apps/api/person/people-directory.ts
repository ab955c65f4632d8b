import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { domainError } from '@ledger/kernel';
import { knownPersonIds, personProjection } from '@ledger/person';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { waitForProjection } from '@ledger/platform/projection';

/** A person id a request names, and the field (as a 400 names it) it came in. */
export interface PersonReference {
  field: string;
  personId: string;
}

const PEOPLE = { name: personProjection.name, handles: new Set(personProjection.handles) };

/** How long a miss waits for the directory to catch up before answering 503 (never a wrong 400). */
const CATCH_UP_MS = 3000;

/**
 * The people directory as the person-field check asks it. The directory is a read model kept
 * by the projector, after the append and apart from it, so a person registered a moment ago
 * may not be in it yet. A hit is final (nobody leaves the directory). On a miss the check
 * waits until the people projection has applied everything committed before the check began
 * (the log's head: any registration whose answer the caller has seen is at or before it),
 * then asks again: only then is an id unknown. If the projector cannot catch up in time the
 * answer is 503, so a just-registered person is never refused as unknown.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Throws 400 UNKNOWN_PERSON naming the first field whose person the directory does not hold. */
  async requireKnown(references: readonly PersonReference[]): Promise<void> {
    if (references.length === 0) return;
    const ids = [...new Set(references.map((r) => r.personId))];
    let known = await knownPersonIds(this.db, ids);
    if (ids.every((id) => known.has(id))) return;
    const { lastPosition } = await this.store.head();
    if (lastPosition > 0 && !(await waitForProjection(this.db, this.store, lastPosition, [PEOPLE], CATCH_UP_MS))) {
      throw new ServiceUnavailableException({
        code: 'PEOPLE_DIRECTORY_BEHIND',
        message: 'The people directory is catching up with a change just recorded: try again in a moment.',
      });
    }
    known = await knownPersonIds(this.db, ids);
    const unknown = references.find((r) => !known.has(r.personId));
    if (unknown) {
      throw domainError('UNKNOWN_PERSON', `No person with id '${unknown.personId}' — pick someone from the people directory`, unknown.field);
    }
  }
}
