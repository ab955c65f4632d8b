import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { isDomainError, streamIds } from '@ledger/kernel';
import { proposalDecider, type ProposalState } from '@ledger/proposal';
import { type UserRole } from '@ledger/user';
import { EVENT_STORE, eventIdsFor, type Dependency, type EventStore } from '@ledger/platform/event-store';
import type { AuthenticatedUser } from './access-token';
import { IS_PUBLIC, LEAD_OF_PROPOSAL, ROLES, VALUES_BY_ROLE, type ValuesByRole } from './access.decorators';

const notLeadOf = (proposalId: string) =>
  new ForbiddenException({ code: 'NOT_LEAD_OF_PROPOSAL', message: `Only the current lead of proposal ${proposalId} may do this.` });

/**
 * The one guard on every route (registered globally): a route is public, or needs a valid
 * access token (401) and a role it names (403); a lead must currently lead the proposal in
 * the path; some roles may send only some values of a field. A route with no rule is refused,
 * so a new endpoint is closed until someone decides who may call it.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
    const user = request.user;

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (!roles) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: 'This route has no access rule, so nobody may call it.' });
    }
    if (!roles.includes(user.role)) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: `A ${user.role} may not do this.` });
    }

    const proposalParam = this.reflector.getAllAndOverride<string | undefined>(LEAD_OF_PROPOSAL, targets);
    if (user.role === 'lead' && proposalParam) {
      const proposalId = request.params[proposalParam];
      const leads = await this.leadsProposal(request, user, typeof proposalId === 'string' ? proposalId : undefined);
      if (!leads && !(await this.isRecordedRetry(request, user))) throw notLeadOf(String(proposalId));
    }

    const rule = this.reflector.getAllAndOverride<ValuesByRole | undefined>(VALUES_BY_ROLE, targets);
    const allowed = rule?.byRole[user.role];
    if (rule && allowed) {
      const value = (request.body as Record<string, unknown> | undefined)?.[rule.field];
      if (typeof value === 'string' && rule.values.includes(value) && !allowed.includes(value)) {
        throw new ForbiddenException({
          code: 'FORBIDDEN',
          message: `A ${user.role} may record only ${rule.field} ${allowed.map((v) => `'${v}'`).join(' or ')}.`,
        });
      }
    }
    return true;
  }

  /** Anything but a verified user is a 401, with a hint the web app can act on. */
  override handleRequest<TUser = AuthenticatedUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error) throw error;
    if (!user) {
      const expired = (info as { name?: string } | undefined)?.name === 'TokenExpiredError';
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: expired
          ? 'The access token has expired: refresh it or sign in again.'
          : 'Sign in first: send Authorization: Bearer <access token>.',
      });
    }
    return user;
  }

  /**
   * Checked on the proposal stream, not a read model, so a reassignment takes effect with
   * the next request: on the state this process folded last when that says the user
   * leads it, else on the stream as it is now. Either way the command's append is then
   * stored only while the proposal is still at the version checked (`dependsOn`), so a
   * reassignment recorded meanwhile — by any process — refuses it. A proposal that does
   * not exist is left to the handler (404).
   */
  private async leadsProposal(request: Request, user: AuthenticatedUser, proposalId: string | undefined): Promise<boolean> {
    if (proposalId === undefined) return true;
    let streamId: string;
    try {
      streamId = streamIds.proposal(proposalId);
    } catch (error) {
      if (isDomainError(error)) return true;
      throw error;
    }
    const leads = (state: ProposalState) =>
      state.programmeId === null || (user.personId !== null && state.lead?.id === user.personId);
    const cached = this.store.cached(streamId, proposalDecider);
    const basis = cached !== undefined && leads(cached.state) ? cached : await this.store.load(streamId, proposalDecider);
    if (!leads(basis.state)) return false;
    const dependency: Dependency<ProposalState> = {
      streamId,
      fold: proposalDecider,
      check: (state) => {
        if (!leads(state)) throw notLeadOf(proposalId);
      },
    };
    (request as Request & { dependsOn?: Dependency[] }).dependsOn = [dependency];
    return true;
  }

  /**
   * A retry (same user, same Idempotency-Key) of a command already recorded records nothing
   * and answers with the original result, so it is let through even after the lead changed:
   * re-running the seed, say, stays idempotent.
   */
  private async isRecordedRetry(request: Request, user: AuthenticatedUser): Promise<boolean> {
    const key = request.header('idempotency-key');
    if (!key || !/^[A-Za-z0-9._:-]{1,200}$/.test(key)) return false;
    const [eventId] = eventIdsFor(1, `${user.id}:${key}`);
    return this.store.hasEventId(eventId);
  }
}
