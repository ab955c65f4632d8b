import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { Roles } from '../auth/access.decorators';
import { Caller, handleOptions } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteDeliveryPlanCommand } from './milestone-command.handler';
import { AchieveMilestoneRequestDto, ChangeMilestonePredecessorsRequestDto, PlanMilestoneRequestDto, RescheduleMilestoneRequestDto } from './milestone.request.dto';
import { CommandController, CommandRoute } from '../http/routes';

@Roles('programme-office')
@CommandController('milestones', "the version of the programme's whole delivery plan", 'programmes/:programmeId/milestones')
export class MilestonesController {
  constructor(private readonly commandBus: CommandBus) {}

  @CommandRoute('', { summary: 'Plan a milestone on the delivery plan (MilestonePlanned)' })
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
        handleOptions(caller, body.reason),
        milestoneId,
      ),
    );
  }

  @CommandRoute(':milestoneId/reschedules', { summary: 'Move a milestone’s forecast date, with a reason (MilestoneRescheduled)' })
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
        handleOptions(caller, body.reason),
      ),
    );
  }

  @CommandRoute(':milestoneId/achievement', { summary: 'Record that a milestone was achieved (MilestoneAchieved)' })
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
        handleOptions(caller, body.reason),
      ),
    );
  }

  @CommandRoute(':milestoneId/predecessors', {
    method: 'put',
    summary: 'Replace a milestone’s predecessors (MilestoneDependenciesChanged); cycles are refused',
  })
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
        handleOptions(caller, body.reason),
      ),
    );
  }
}
