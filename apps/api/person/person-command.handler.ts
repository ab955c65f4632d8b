import { CommandHandler } from '@nestjs/cqrs';
import { domainError } from '@ledger/kernel';
import { knownPersonIds, personDecider, personStreamId, type PersonCommand } from '@ledger/person';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { Inject } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';

export class ExecutePersonCommand extends AggregateCommand<PersonCommand> {}

@CommandHandler(ExecutePersonCommand)
export class PersonCommandHandler extends handlerOf(personDecider, personStreamId) {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_DB) private readonly db: DataSource,
  ) {
    super(store);
  }

  /** A user's person is in the directory already: recording them again would make two of one person. */
  protected override async prepare(command: PersonCommand): Promise<PersonCommand> {
    if (command.type === 'RecordPerson' && (await knownPersonIds(this.db, [command.data.personId])).has(command.data.personId)) {
      throw domainError('PERSON_ALREADY_RECORDED', `${command.data.personId} is already in the people directory`, 'personId');
    }
    return command;
  }
}
