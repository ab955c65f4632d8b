import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Roles } from '../auth/access.decorators';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteDeliveryPlanCommand } from './milestone-command.handler';
import {
  AchieveMilestoneRequestDto,
  ChangeMilestonePredecessorsRequestDto,
  PlanMilestoneRequestDto,
  RescheduleMilestoneRequestDto,
} from './milestone.request.dto';

@ApiTags('milestones')
@ApiHeader({
  name: 'If-Match',
  required: false,
  description:
    "The ETag (the version of the programme's whole delivery plan) you last saw; a stale one gets 412.",
})
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key records the command once.',
})
@Roles('programme-office')
@Controller('programmes/:programmeId/milestones')
export class MilestonesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Plan a milestone on the delivery plan (MilestonePlanned)' })
  @ApiCreatedResponse({ type: WriteResult })
  plan(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: PlanMilestoneRequestDto,
    @Caller() caller: Caller,
  ) {
    const milestoneId = body.milestoneId ?? randomUUID();
    const { proposalId, title, baselineDate, predecessorIds, plannedOn } = body;
    return this.commandBus.execute(
      new ExecuteDeliveryPlanCommand(
        programmeId,
        {
          type: 'PlanMilestone',
          data: { programmeId, milestoneId, proposalId, title, baselineDate, predecessorIds, plannedOn },
        },
        caller, body.reason,
        milestoneId,
      ),
    );
  }

  @Post(':milestoneId/reschedules')
  @ApiOperation({
    summary: 'Move a milestone’s forecast date, with a reason (MilestoneRescheduled)',
  })
  @ApiCreatedResponse({ type: WriteResult })
  reschedule(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: RescheduleMilestoneRequestDto,
    @Caller() caller: Caller,
  ) {
    const { forecastDate, reason, rescheduledOn } = body;
    return this.commandBus.execute(
      new ExecuteDeliveryPlanCommand(
        programmeId,
        { type: 'RescheduleMilestone', data: { milestoneId, forecastDate, reason, rescheduledOn } },
        caller, body.reason,
      ),
    );
  }

  @Post(':milestoneId/achievement')
  @ApiOperation({ summary: 'Record that a milestone was achieved (MilestoneAchieved)' })
  @ApiCreatedResponse({ type: WriteResult })
  achieve(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: AchieveMilestoneRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteDeliveryPlanCommand(
        programmeId,
        { type: 'AchieveMilestone', data: { milestoneId, achievedOn: body.achievedOn } },
        caller, body.reason,
      ),
    );
  }

  @Put(':milestoneId/predecessors')
  // Every write records an event and answers like the others: 201 with the new version.
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Replace a milestone’s predecessors (MilestoneDependenciesChanged); cycles are refused',
  })
  @ApiCreatedResponse({ type: WriteResult })
  changePredecessors(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: ChangeMilestonePredecessorsRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteDeliveryPlanCommand(
        programmeId,
        {
          type: 'ChangeMilestoneDependencies',
          data: { milestoneId, predecessorIds: body.predecessorIds },
        },
        caller, body.reason,
      ),
    );
  }
}
