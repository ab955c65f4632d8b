import { Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/access-token';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { momentOf } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { auditScopeOf, ListAuditQuery } from './audit.queries';
import { AuditQueryDto } from './audit.query.dto';
import { QueriesController, ReadRoute } from '../http/routes';

/** The audit history, from its read model. */
@QueriesController()
export class AuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadRoute('audit', {
    roles: [...PROGRAMME_READERS, 'administrator'],
    summary: 'The audit history: who did what, when, and why; newest first. Sign-ins (with client addresses) only for the oversight committee and the administrator; the administrator reads only users and sign-ins',
    schema: responseSchema('AuditPage'),
  })
  audit(@Query() q: AuditQueryDto, @Req() request: Request) {
    const scope = auditScopeOf((request.user as AuthenticatedUser).role);
    return this.queryBus.execute(
      new ListAuditQuery({ ...q, scope, from: q.from ? new Date(q.from) : undefined, to: q.to ? momentOf(q.to) : undefined }),
    );
  }
}
