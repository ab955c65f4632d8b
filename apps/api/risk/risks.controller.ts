import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Roles } from '../auth/access.decorators';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteRiskCommand } from './risk-command.handler';
import {
  CloseRiskRequestDto,
  RaiseRiskRequestDto,
  ReassessRiskRequestDto,
} from './risk.request.dto';

@ApiTags('risks')
@ApiHeader({
  name: 'If-Match',
  required: false,
  description: "The ETag (the risk stream's version) you last saw; a stale one gets 412.",
})
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key records the command once.',
})
@Roles('programme-office')
@Controller()
export class RisksController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('programmes/:programmeId/risks')
  @ApiOperation({ summary: 'Raise a risk on the programme’s register (RiskRaised)' })
  @ApiCreatedResponse({ type: WriteResult })
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
        caller,
        body.reason,
        riskId,
      ),
    );
  }

  @Post('risks/:riskId/reassessments')
  @ApiOperation({ summary: 'Re-rate a risk, with a reason (RiskReassessed)' })
  @ApiCreatedResponse({ type: WriteResult })
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
        caller,
        body.reason,
      ),
    );
  }

  @Post('risks/:riskId/closure')
  @ApiOperation({ summary: 'Close a risk, with a reason (RiskClosed)' })
  @ApiCreatedResponse({ type: WriteResult })
  close(
    @Param('riskId', IdParam) riskId: string,
    @Body() body: CloseRiskRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteRiskCommand(
        riskId,
        { type: 'CloseRisk', data: { reason: body.reason, closedOn: body.closedOn } },
        caller,
        body.reason,
      ),
    );
  }
}
