import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ReadQueryDto } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { WriteResult } from '../http/write-result';
import { ExecuteUserCommand } from './user-command.handler';
import { ChangeUserRoleRequestDto, DeactivateUserRequestDto, PasswordDto, RegisterUserRequestDto } from './user.request.dto';
import { ListUsersQuery } from './users.queries';
import { CommandRoute } from '../http/routes';

/** Users and their roles: the administrator's work, and nothing else is. */
@ApiTags('users')
@ApiHeader({ name: 'If-Match', required: false, description: "The ETag (the user stream's version) you last saw." })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' })
@Roles('administrator')
@Controller('users')
export class UsersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a user with a role and a first password (UserRegistered)' })
  @ApiCreatedResponse({ type: WriteResult, description: '`id` is the username, which is also the user id.' })
  @ApiTooManyRequestsResponse({ description: 'PASSWORD_HASHING_BUSY: too many passwords being hashed; Retry-After says when to try again.' })
  register(@Body() body: RegisterUserRequestDto, @Caller() caller: Caller) {
    const { username, name, role, personId, password } = body;
    return this.commandBus.execute(
      new ExecuteUserCommand(username, { type: 'RegisterUser', data: { username, name, role, personId: personId ?? null, password } }, caller, body.reason),
    );
  }

  @CommandRoute(':username/role-changes', {
    summary: "Change a user's role, with a reason; their sessions end (UserRoleChanged)",
  })
  changeRole(@Param('username', IdParam) username: string, @Body() body: ChangeUserRoleRequestDto, @Caller() caller: Caller) {
    const { role, personId, reason } = body;
    return this.commandBus.execute(new ExecuteUserCommand(username, { type: 'ChangeUserRole', data: { role, personId, reason } }, caller, body.reason));
  }

  @CommandRoute(':username/deactivation', {
    summary: 'Deactivate a user, with a reason; they can no longer sign in (UserDeactivated)',
  })
  deactivate(@Param('username', IdParam) username: string, @Body() body: DeactivateUserRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteUserCommand(username, { type: 'DeactivateUser', data: { reason: body.reason } }, caller, body.reason));
  }

  @CommandRoute(':username/password-changes', {
    summary: "Set a user's password (a reset); their sessions end (PasswordChanged)",
  })
  @ApiTooManyRequestsResponse({ description: 'PASSWORD_HASHING_BUSY: too many passwords being hashed; Retry-After says when to try again.' })
  changePassword(@Param('username', IdParam) username: string, @Body() body: PasswordDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteUserCommand(username, { type: 'ChangePassword', data: { password: body.password } }, caller, body.reason));
  }

  @Get()
  @ApiOperation({ summary: 'Users: username, name, role, person id, active, last sign-in' })
  @ApiOkResponse({ description: 'Every user, active or not.', schema: responseSchema('UserList') })
  list(@Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new ListUsersQuery());
  }
}
