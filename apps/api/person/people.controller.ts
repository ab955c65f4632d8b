import { Body, Param, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { PersonListSchema, PersonSchema } from '@ledger/person';
import { EVERY_ROLE } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';
import { ExecutePersonCommand } from './person-command.handler';
import { PeopleQueryDto, RecordPersonPostRequestDto, RecordPersonRequestDto } from './person.request.dto';
import { ReadPersonQuery, SearchPeopleQuery } from './people.queries';

/** The people directory: users with a person id, and people the programme office records. */
@CommandController('people', "the person stream's version")
export class PeopleController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @CommandRoute('people', {
    roles: ['programme-office'],
    summary: 'Record a person without an account, e.g. a past post-holder, with the posts they held (PersonRecorded)',
    location: '/people/{id}',
  })
  record(@Body() body: RecordPersonRequestDto, @Caller() caller: Caller) {
    const { personId, name, posts, source } = body;
    const data = { personId, name, posts: (posts ?? []).map((p) => ({ post: p.post, from: p.from, to: p.to ?? null })), source: source ? { document: source.document, paragraph: source.paragraph ?? null } : null };
    return this.commandBus.execute(new ExecutePersonCommand(personId, { type: 'RecordPerson', data }, handleOptions(caller, reasonOf(body)), personId));
  }

  @CommandRoute('people/:personId/posts', {
    roles: ['programme-office'],
    summary: 'Record a further post a recorded person held, with its dates (PersonPostRecorded)',
  })
  recordPost(@Param('personId', IdParam) personId: string, @Body() body: RecordPersonPostRequestDto, @Caller() caller: Caller) {
    const data = { post: body.post, from: body.from, to: body.to ?? null };
    return this.commandBus.execute(new ExecutePersonCommand(personId, { type: 'RecordPersonPost', data }, handleOptions(caller, reasonOf(body))));
  }

  @ReadRoute('people', {
    roles: EVERY_ROLE,
    summary: 'The people directory, searched by name: whom a lead, owner or accountable field may name',
    schema: PersonListSchema,
  })
  search(@Query() query: PeopleQueryDto) {
    return this.queryBus.execute(new SearchPeopleQuery(query.q));
  }

  @ReadRoute('people/:personId', { roles: EVERY_ROLE, summary: 'One person of the directory, with the posts they held', schema: PersonSchema })
  read(@Param('personId', IdParam) personId: string) {
    return this.queryBus.execute(new ReadPersonQuery(personId));
  }
}
