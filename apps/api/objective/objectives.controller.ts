import { Body, Inject, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import type { PlanFacts } from '@ledger/strategy';
import type { ObjectiveRow } from '@ledger/objective';
import type { AuthenticatedUser } from '../auth/access-token';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ReadQueryDto } from '../http/query-params.dto';
import { ObjectiveSchema } from '@ledger/objective';
import { ExecuteObjectiveCommand, type Reporter } from './objective-command.handler';
import { AssignAccountabilityRequestDto, CorrectActualRequestDto, DefineIndicatorRequestDto, DefineObjectiveRequestDto, ReportActualRequestDto, SetTargetRequestDto } from './objective.request.dto';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';

const reporterOf = (request: Request): Reporter => {
  const user = (request as Request & { user: AuthenticatedUser }).user;
  return { role: user.role, personId: user.personId };
};

/** The handler reads the plan itself: this placeholder never reaches the decider. */
const PLAN_READ_BY_HANDLER: PlanFacts = { planId: null, programmeId: null, years: [], priorities: {} };

/** Objectives under a plan's priorities: accountability, indicators, targets, and the actuals reported. */
@CommandController('plans', "the objective stream's version")
export class ObjectivesController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_DB) private readonly db: DataSource,
  ) {}

  @CommandRoute('plans/:planId/objectives', {
    roles: ['programme-office'],
    summary: 'Define an objective under a priority in force, with the Management Board member accountable (ObjectiveDefined)',
    location: '/objectives/{id}',
  })
  define(@Param('planId', IdParam) planId: string, @Body() body: DefineObjectiveRequestDto, @Caller() caller: Caller) {
    const { objectiveId, priorityId, title, accountable, criticalFocus, definedOn } = body;
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(
        objectiveId,
        {
          type: 'DefineObjective',
          data: { objectiveId, planId, priorityId, title, accountable: { ...accountable }, criticalFocus, definedOn, plan: PLAN_READ_BY_HANDLER },
        },
        handleOptions(caller, reasonOf(body)),
        objectiveId,
      ),
    );
  }

  @CommandRoute('objectives/:objectiveId/accountability', {
    roles: ['programme-office'],
    summary: 'Make another member accountable, with a reason; the previous one is kept (AccountabilityAssigned)',
  })
  assign(@Param('objectiveId', IdParam) objectiveId: string, @Body() body: AssignAccountabilityRequestDto, @Caller() caller: Caller) {
    const { accountable, reason, assignedOn } = body;
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(objectiveId, { type: 'AssignAccountability', data: { accountable: { ...accountable }, reason, assignedOn } }, handleOptions(caller, reasonOf(body))),
    );
  }

  @CommandRoute('objectives/:objectiveId/indicators', {
    roles: ['programme-office'],
    summary: 'Define an indicator: unit, direction, baseline, data source, tolerance (IndicatorDefined)',
  })
  defineIndicator(@Param('objectiveId', IdParam) objectiveId: string, @Body() body: DefineIndicatorRequestDto, @Caller() caller: Caller) {
    const { reason: _reason, baseline, ...indicator } = body;
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(
        objectiveId,
        { type: 'DefineIndicator', data: { ...indicator, baseline: baseline ? { value: baseline.value, period: baseline.period } : null } },
        handleOptions(caller, reasonOf(body)),
        body.indicatorId,
      ),
    );
  }

  @CommandRoute('objectives/:objectiveId/indicators/:indicatorId/targets', {
    roles: ['programme-office'],
    summary: 'Set the target for a year of the plan; changing one needs a reason (TargetSet)',
  })
  setTarget(
    @Param('objectiveId', IdParam) objectiveId: string,
    @Param('indicatorId', IdParam) indicatorId: string,
    @Body() body: SetTargetRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(objectiveId, { type: 'SetTarget', data: { indicatorId, period: body.period, value: body.value, reason: body.reason ?? null } }, handleOptions(caller, reasonOf(body))),
    );
  }

  @CommandRoute('objectives/:objectiveId/indicators/:indicatorId/actuals', {
    roles: ['programme-office', 'lead'],
    summary: 'Report the actual for a year, once: by the accountable member or the office (ActualReported)',
  })
  @ApiForbiddenResponse({ description: 'FORBIDDEN for other roles; NOT_ACCOUNTABLE: a lead reports only for the objectives they are accountable for.' })
  report(
    @Param('objectiveId', IdParam) objectiveId: string,
    @Param('indicatorId', IdParam) indicatorId: string,
    @Body() body: ReportActualRequestDto,
    @Caller() caller: Caller,
    @Req() request: Request,
  ) {
    const { period, value, reportedOn } = body;
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(objectiveId, { type: 'ReportActual', data: { indicatorId, period, value, reportedOn } }, handleOptions(caller, reasonOf(body)), undefined, reporterOf(request)),
    );
  }

  @CommandRoute('objectives/:objectiveId/indicators/:indicatorId/corrections', {
    roles: ['programme-office', 'lead'],
    summary: 'Correct a reported actual, with a reason; the old figure is kept (ActualCorrected)',
  })
  @ApiForbiddenResponse({ description: 'FORBIDDEN for other roles; NOT_ACCOUNTABLE: a lead corrects only the objectives they are accountable for.' })
  correct(
    @Param('objectiveId', IdParam) objectiveId: string,
    @Param('indicatorId', IdParam) indicatorId: string,
    @Body() body: CorrectActualRequestDto,
    @Caller() caller: Caller,
    @Req() request: Request,
  ) {
    const { period, value, reason, correctedOn } = body;
    return this.commandBus.execute(
      new ExecuteObjectiveCommand(objectiveId, { type: 'CorrectActual', data: { indicatorId, period, value, reason, correctedOn } }, handleOptions(caller, reasonOf(body)), undefined, reporterOf(request)),
    );
  }

  @ReadRoute('objectives/:objectiveId', {
    roles: [...PROGRAMME_READERS],
    summary: 'An objective: who is accountable (and was), its indicators, targets and actuals with their corrections',
    schema: ObjectiveSchema,
  })
  async objective(@Param('objectiveId', IdParam) objectiveId: string, @Query() _q: ReadQueryDto) {
    const [row] = (await this.db.query(`SELECT doc FROM objective_view WHERE id = $1`, [objectiveId])) as { doc: ObjectiveRow }[];
    if (!row) throw new NotFoundException({ code: 'OBJECTIVE_NOT_FOUND', message: `Objective ${objectiveId} does not exist` });
    return row.doc;
  }
}
