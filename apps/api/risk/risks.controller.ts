import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { Roles } from '../auth/access.decorators';
import { Caller, handleOptions } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteRiskCommand } from './risk-command.handler';
import { CloseRiskRequestDto, RaiseRiskRequestDto, ReassessRiskRequestDto } from './risk.request.dto';
import { CommandController, CommandRoute } from '../http/routes';

@Roles('programme-office')
@CommandController('risks', "the risk stream's version")
export class RisksController {
  constructor(private readonly commandBus: CommandBus) {}

  @CommandRoute('programmes/:programmeId/risks', { summary: 'Raise a risk on the programme’s register (RiskRaised)' })
  raise(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: RaiseRiskRequestDto,
    @Caller() caller: Caller,
  ) {
    const riskId = body.riskId ?? randomUUID();
    const { reason: _reason, riskId: _riskId, ...risk } = body;
    return this.commandBus.execute(
      new ExecuteRiskCommand(
        riskId,
        { type: 'RaiseRisk', data: { ...risk, riskId, programmeId } },
        handleOptions(caller, body.reason),
        riskId,
      ),
    );
  }

  @CommandRoute('risks/:riskId/reassessments', { summary: 'Re-rate a risk, with a reason (RiskReassessed)' })
  reassess(
    @Param('riskId', IdParam) riskId: string,
    @Body() body: ReassessRiskRequestDto,
    @Caller() caller: Caller,
  ) {
    const { likelihood, impact, residualLikelihood, residualImpact, reason, reassessedOn } = body;
    return this.commandBus.execute(
      new ExecuteRiskCommand(
        riskId,
        {
          type: 'ReassessRisk',
          data: { likelihood, impact, residualLikelihood, residualImpact, reason, reassessedOn },
        },
        handleOptions(caller, body.reason),
      ),
    );
  }

  @CommandRoute('risks/:riskId/closure', { summary: 'Close a risk, with a reason (RiskClosed)' })
  close(
    @Param('riskId', IdParam) riskId: string,
    @Body() body: CloseRiskRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteRiskCommand(
        riskId,
        { type: 'CloseRisk', data: { reason: body.reason, closedOn: body.closedOn } },
        handleOptions(caller, body.reason),
      ),
    );
  }
}
