import { BadRequestException, ConflictException, Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIds } from '@ledger/kernel';
import { userDecider, type UserCommand, type UserRole } from '@ledger/user';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionStore } from '../auth/session.store';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';
import { passwordProblem } from './password-policy';

/** A user command as the controller builds it: passwords still in the clear, hashed by the handler. */
export type UserCommandRequest =
  | {
      type: 'RegisterUser';
      data: { username: string; name: string; role: UserRole; personId: string | null; password: string };
    }
  | { type: 'ChangeUserRole'; data: { role: UserRole; personId?: string | null; reason: string } }
  | { type: 'DeactivateUser'; data: { reason: string } }
  | { type: 'ChangePassword'; data: { password: string } };

export class ExecuteUserCommand extends Command<WriteResult> {
  constructor(
    readonly username: string,
    readonly command: UserCommandRequest,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
  ) {
    super();
  }
}

/** Why a user's sessions end when an administrator changes them. */
const SESSION_END: Partial<Record<UserCommand['type'], string>> = {
  ChangeUserRole: 'role-changed',
  DeactivateUser: 'user-deactivated',
  ChangePassword: 'password-changed',
};

@CommandHandler(ExecuteUserCommand)
export class UserCommandHandler implements ICommandHandler<ExecuteUserCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
  ) {}

  async execute({ username, command, caller, reason }: ExecuteUserCommand): Promise<WriteResult> {
    if (command.type !== 'RegisterUser' && caller.actor.id === username) {
      // An administrator who demotes or deactivates themself could leave nobody to undo it.
      throw new ConflictException({
        code: 'USER_SELF_CHANGE',
        message: 'Administrators cannot change their own role, deactivation or password here: ask another administrator.',
      });
    }
    const domainCommand = await this.toDomain(username, command);
    const streamId = streamIds.user(username);
    const result = await handleCommand(this.store, streamId, userDecider, (state) => userDecider.decide(domainCommand, state), handleOptions(caller, reason));
    const sessionEnd = SESSION_END[domainCommand.type];
    // The token carries the role: a changed or deactivated user signs in again, or not at all.
    if (sessionEnd && !result.duplicate) await this.sessions.revokeAllOf(username, sessionEnd);
    return toWriteResult(streamId, result, username);
  }

  private async toDomain(username: string, command: UserCommandRequest): Promise<UserCommand> {
    switch (command.type) {
      case 'RegisterUser': {
        const { name, role, personId, password } = command.data;
        requireAcceptablePassword(password, [username, name]);
        const passwordHash = await this.hasher.hash(password);
        return { type: 'RegisterUser', data: { userId: username, username, name, role, personId, passwordHash } };
      }
      case 'ChangePassword':
        requireAcceptablePassword(command.data.password, [username]);
        return { type: 'ChangePassword', data: { passwordHash: await this.hasher.hash(command.data.password) } };
      default:
        return command;
    }
  }
}

/** The DTOs check the policy too; this covers callers without one (the first administrator). */
function requireAcceptablePassword(password: string, userInputs: string[]): void {
  const problem = passwordProblem(password, userInputs);
  if (problem) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: problem, errors: [{ field: 'password', messages: [problem] }] });
  }
}
