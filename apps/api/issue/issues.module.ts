import { Module } from '@nestjs/common';
import { IssueCommandHandler } from './issue-command.handler';
import { ListIssuesHandler } from './issue.queries';
import { IssuesController } from './issues.controller';

@Module({ controllers: [IssuesController], providers: [IssueCommandHandler, ListIssuesHandler] })
export class IssuesModule {}
