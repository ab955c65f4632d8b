import { Query, QueryHandler } from '@nestjs/cqrs';
import { domainError } from '@ledger/kernel';
import { readPerson, searchPeople, type PersonRow } from '@ledger/person';
import { ReadModelQueryHandler } from '../http/read-query';

export class SearchPeopleQuery extends Query<{ items: PersonRow[] }> {
  constructor(readonly q: string | undefined) {
    super();
  }
}

@QueryHandler(SearchPeopleQuery)
export class SearchPeopleHandler extends ReadModelQueryHandler<SearchPeopleQuery> {
  async execute({ q }: SearchPeopleQuery) {
    return { items: await searchPeople(this.db, q) };
  }
}

export class ReadPersonQuery extends Query<PersonRow> {
  constructor(readonly personId: string) {
    super();
  }
}

@QueryHandler(ReadPersonQuery)
export class ReadPersonHandler extends ReadModelQueryHandler<ReadPersonQuery> {
  async execute({ personId }: ReadPersonQuery) {
    const person = await readPerson(this.db, personId);
    if (!person) throw domainError('PERSON_NOT_FOUND', `No person with id '${personId}' in the people directory`, 'personId');
    return person;
  }
}
