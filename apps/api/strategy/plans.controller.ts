import { Body, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { performanceOf, planRowsAsAt, planRowsOn, type PlanRows } from '@ledger/plan-views';
import type { PlanRow } from '@ledger/strategy';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { momentOf } from '../http/query-params.dto';
import { PerformanceSchema } from '@ledger/objective';
import { PlanListSchema, PlanSchema } from '@ledger/strategy';
import { PerformanceQueryDto, PlanAsAtQueryDto } from './plan.query.dto';
import { ExecuteStrategyCommand } from './strategy-command.handler';
import { DefinePlanRequestDto, DefinePriorityRequestDto, RetirePriorityRequestDto, RewordPriorityRequestDto } from './strategy.request.dto';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';

const planNotFound = (planId: string, at?: Date) =>
  new NotFoundException({ code: 'PLAN_NOT_FOUND', message: at ? `Plan ${planId} was not yet recorded at ${at.toISOString()}` : `Plan ${planId} does not exist` });

/** The plan the programme serves: its period, mission, values, priorities and how they changed; its performance. */
@CommandController('plans', "the plan stream's version")
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @CommandRoute('programmes/:programmeId/plans', {
    roles: ['programme-office'],
    summary: 'Define a plan: corporate strategy or policing plan, its years, mission, vision, values, critical success factors (PlanDefined)',
    location: '/plans/{id}',
  })
  define(@Param('programmeId', IdParam) programmeId: string, @Body() body: DefinePlanRequestDto, @Caller() caller: Caller) {
    const { reason: _reason, ...plan } = body;
    return this.commandBus.execute(new ExecuteStrategyCommand(body.planId, { type: 'DefinePlan', data: { ...plan, programmeId } }, handleOptions(caller, reasonOf(body)), body.planId));
  }

  @CommandRoute('plans/:planId/priorities', {
    roles: ['programme-office'],
    summary: 'Add a priority to the plan, for Londoners or for excellence (PriorityDefined)',
  })
  definePriority(@Param('planId', IdParam) planId: string, @Body() body: DefinePriorityRequestDto, @Caller() caller: Caller) {
    const { priorityId, tier, title, definedOn } = body;
    return this.commandBus.execute(new ExecuteStrategyCommand(planId, { type: 'DefinePriority', data: { priorityId, tier, title, definedOn } }, handleOptions(caller, reasonOf(body)), priorityId));
  }

  @CommandRoute('plans/:planId/priorities/:priorityId/rewordings', {
    roles: ['programme-office'],
    summary: 'Reword a priority, with a reason; the old wording stays in the history (PriorityReworded)',
  })
  reword(
    @Param('planId', IdParam) planId: string,
    @Param('priorityId', IdParam) priorityId: string,
    @Body() body: RewordPriorityRequestDto,
    @Caller() caller: Caller,
  ) {
    const { title, reason, rewordedOn } = body;
    return this.commandBus.execute(new ExecuteStrategyCommand(planId, { type: 'RewordPriority', data: { priorityId, title, reason, rewordedOn } }, handleOptions(caller, reasonOf(body))));
  }

  @CommandRoute('plans/:planId/priorities/:priorityId/retirement', {
    roles: ['programme-office'],
    summary: 'Retire a priority, or merge it into another, with a reason (PriorityRetired)',
  })
  retire(
    @Param('planId', IdParam) planId: string,
    @Param('priorityId', IdParam) priorityId: string,
    @Body() body: RetirePriorityRequestDto,
    @Caller() caller: Caller,
  ) {
    const { mergedInto, reason, retiredOn } = body;
    return this.commandBus.execute(new ExecuteStrategyCommand(planId, { type: 'RetirePriority', data: { priorityId, mergedInto, reason, retiredOn } }, handleOptions(caller, reasonOf(body))));
  }

  @ReadRoute('programmes/:programmeId/plans', {
    roles: [...PROGRAMME_READERS],
    summary: 'The plans the programme serves, oldest first',
    schema: PlanListSchema,
  })
  async list(@Param('programmeId', IdParam) programmeId: string, @Query() _q: PlanAsAtQueryDto) {
    const rows = (await this.db.query(`SELECT doc FROM plan_view WHERE programme_id = $1 ORDER BY doc->>'firstYear', id`, [programmeId])) as { doc: PlanRow }[];
    return { items: rows.map((r) => r.doc) };
  }

  @ReadRoute('plans/:planId', {
    roles: [...PROGRAMME_READERS],
    summary: 'The plan with its priorities and the history of how they changed (as at `at`, and on the day `on`, if given)',
    schema: PlanSchema,
  })
  async plan(@Param('planId', IdParam) planId: string, @Query() q: PlanAsAtQueryDto) {
    return (await this.rows(planId, q)).rows.plan;
  }

  /** The rows now (tables), as at `at` (recording time), or on the day `on` (business time, recorded up to `at`). */
  private async rows(planId: string, q: PlanAsAtQueryDto): Promise<{ rows: PlanRows; at?: Date }> {
    const at = q.at === undefined ? undefined : momentOf(q.at);
    if (q.on === undefined) {
      const rows = await planRowsAsAt(this.db, this.store, planId, at);
      if (!rows) throw planNotFound(planId, at);
      return { rows, at };
    }
    const { rows, recorded, firstDay } = await planRowsOn(this.store, planId, q.on, at);
    if (!recorded) throw planNotFound(planId, at);
    if (!rows) {
      throw new NotFoundException({
        code: 'PLAN_NOT_YET_IN_EFFECT',
        message: `On ${q.on} the record has nothing of plan ${planId} yet: ${firstDay ? `its first dated fact is of ${firstDay}` : 'it names no dates yet'}.`,
      });
    }
    return { rows, at };
  }

  @ReadRoute('plans/:planId/performance', {
    roles: [...PROGRAMME_READERS],
    summary: 'Performance in a year: objectives by priority, each indicator’s actual against target, off-track first, and the off-track indicators with the accountable member and the proposals serving each objective (as at `at`, and on the day `on`, if given)',
    schema: PerformanceSchema,
  })
  async performance(@Param('planId', IdParam) planId: string, @Query() q: PerformanceQueryDto) {
    const { rows, at } = await this.rows(planId, q);
    return { ...performanceOf(rows, q.period), asAt: at?.toISOString() ?? null, on: q.on ?? null };
  }
}
