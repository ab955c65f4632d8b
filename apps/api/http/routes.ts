import { applyDecorators, Controller, Get, HttpCode, Post, Put, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserRole } from '@ledger/user';
import { LeadOfProposal, PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { WriteResult } from './write-result';

type AnyDecorator = ClassDecorator | MethodDecorator | PropertyDecorator;

/** Decorators listed top to bottom as they would be stacked (stacked ones apply bottom-up). */
function stacked(...decorators: (AnyDecorator | false | undefined)[]) {
  return applyDecorators(...(decorators.filter((d) => !!d).reverse() as Parameters<typeof applyDecorators>));
}

/**
 * A controller of an aggregate's commands: its tag, and the two headers every command
 * reads (`versionOf` says whose version If-Match names, e.g. "the risk stream's version");
 * `path` prefixes its routes.
 */
export function CommandController(tag: string, versionOf: string, path?: string) {
  return stacked(
    ApiTags(tag),
    ApiHeader({ name: 'If-Match', required: false, description: `The ETag (${versionOf}) you last saw; a stale one gets 412.` }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' }),
    Controller(path ?? ''),
  );
}

export interface CommandRouteOptions {
  /** What it does, and the event it records. */
  summary: string;
  /** Who may send it; absent, the controller's roles. */
  roles?: UserRole[];
  /** A lead may send it only for a proposal they lead (the handler enforces it). */
  lead?: boolean;
  /** PUT for a command that replaces a whole list (still 201: it records an event); POST otherwise. */
  method?: 'post' | 'put';
  /** For a command that creates something readable: its path, `{id}` standing for the id created (sent as Location). */
  location?: string;
}

/** Sends `Location` for what a command created (the WriteResult's id in the route's template). */
class LocationInterceptor implements NestInterceptor {
  constructor(private readonly template: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: WriteResult) => {
        if (result?.id) context.switchToHttp().getResponse<Response>().setHeader('Location', this.template.replace('{id}', encodeURIComponent(result.id)));
        return result;
      }),
    );
  }
}

/** A command's route: its path, who may send it, what it records; it answers 201 with a WriteResult. */
export function CommandRoute(path: string, { summary, roles, lead, method, location }: CommandRouteOptions) {
  const created = location !== undefined && {
    Location: { description: `Where what was created is read: ${location}.`, schema: { type: 'string' as const, example: location.replace('{id}', 'example-id') } },
  };
  return stacked(
    (method === 'put' ? Put : Post)(path),
    // Every write records an event and answers like the others: 201 with the new version.
    method === 'put' && HttpCode(201),
    roles && Roles(...roles),
    lead && LeadOfProposal(),
    location !== undefined && UseInterceptors(new LocationInterceptor(location)),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type: WriteResult, ...(created ? { headers: created } : {}) }),
  );
}

/** A controller of reads any programme reader may make, tagged with the other queries. */
export function QueriesController() {
  return stacked(ApiTags('queries'), Roles(...PROGRAMME_READERS), Controller());
}

export interface ReadRouteOptions {
  /** What it answers. */
  summary: string;
  /** Who may read it; absent, the controller's roles. */
  roles?: readonly UserRole[];
  /** The answer's schema (a slice's *.response.ts, or a `$ref` to one of RESPONSE_SCHEMAS). */
  schema: Record<string, unknown>;
}

/** A read's route: its path, who may read it, and the schema of its answer (200). */
export function ReadRoute(path: string, { summary, roles, schema }: ReadRouteOptions) {
  return stacked(Get(path), roles && Roles(...roles), ApiOperation({ summary }), ApiOkResponse({ schema: schema as never }));
}
