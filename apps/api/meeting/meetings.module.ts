import { Module } from '@nestjs/common';
import { MeetingCommandHandler } from './meeting-command.handler';
import { GetMeetingHandler, ListMeetingsHandler } from './meeting.queries';
import { MeetingsController } from './meetings.controller';

@Module({ controllers: [MeetingsController], providers: [MeetingCommandHandler, ListMeetingsHandler, GetMeetingHandler] })
export class MeetingsModule {}
