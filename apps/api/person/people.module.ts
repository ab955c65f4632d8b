import { Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { PeopleDirectory } from './people-directory';
import { PersonCommandHandler } from './person-command.handler';
import { ReadPersonHandler, SearchPeopleHandler } from './people.queries';

@Module({ controllers: [PeopleController], providers: [PersonCommandHandler, SearchPeopleHandler, ReadPersonHandler, PeopleDirectory], exports: [PeopleDirectory] })
export class PeopleModule {}
