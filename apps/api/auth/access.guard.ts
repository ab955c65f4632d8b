import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { type UserRole } from '@ledger/user';
import type { AuthenticatedUser } from './access-token';
import { IS_PUBLIC, ROLES, VALUES_BY_ROLE, type ValuesByRole } from './access.decorators';

/**
 * The one guard on every route (registered globally): a route is public, or needs a valid
 * access token (401) and a role it names (403); some roles may send only some values of a
 * field. A route with no rule is refused, so a new endpoint is closed until someone decides
 * who may call it. Whether a lead leads the proposal is a rule of the command: its handler
 * checks it on the proposal's stream (`ledBy` in apps/api/http/aggregate-lookups.ts).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
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
}
