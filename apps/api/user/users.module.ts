import { Module } from '@nestjs/common';
import { UserCommandHandler } from './user-command.handler';
import { UsersController } from './users.controller';
import { ListUsersHandler } from './users.queries';

@Module({ controllers: [UsersController], providers: [UserCommandHandler, ListUsersHandler] })
export class UsersModule {}
