import { BadRequestException, Body, Injectable, Param, type PipeTransform } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteBenefitCommand, type BenefitOwner, type PlanBenefitRequest } from './benefit-command.handler';
import { BENEFIT_PERIOD_PATTERN, LinkBenefitObjectivesRequestDto, CorrectBenefitRealisationRequestDto, PlanBenefitRequestDto, RealiseBenefitRequestDto, ReforecastBenefitRequestDto } from './benefit.request.dto';
import { CommandController, CommandRoute } from '../http/routes';

const PERIOD_IN_PATH =
  "The reported period. A financial year is written with a hyphen in the path, '2006-07' for 2006/07 " +
  "(a URL-encoded '2006%2F07' is accepted too); a quarter is written as is, '2006-Q3'.";

/** '2006-07' in a path means the financial year 2006/07: a slash cannot sit in a path segment. */
@Injectable()
export class BenefitPeriodParam implements PipeTransform<string, string> {
  transform(value: string): string {
    const period = /^\d{4}-\d{2}$/.test(value) ? value.replace('-', '/') : value;
    if (!BENEFIT_PERIOD_PATTERN.test(period)) {
      const message = 'must be a financial year such as 2006-07 or a quarter such as 2006-Q3';
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `The period in the path ${message}`,
        errors: [{ field: 'period', messages: [`period ${message}`] }],
      });
    }
    return period;
  }
}

function planCommand(body: PlanBenefitRequestDto, benefitId: string): PlanBenefitRequest {
  return {
    type: 'PlanBenefit',
    data: {
      benefitId,
      description: body.description,
      observableOutcome: body.observableOutcome,
      measure: body.measure,
      unit: body.unit,
      attribution: body.attribution,
      cashReleasing: body.cashReleasing,
      quantitative: body.quantitative,
      isDisbenefit: body.isDisbenefit,
      ownerId: body.ownerId,
      ownerName: body.ownerName,
      baseline: body.baseline,
      target: body.target,
      fullYearValue: body.fullYearValue ?? null,
      schedule: body.schedule.map(({ period, plannedValue }) => ({ period, plannedValue })),
      scheduleKind: body.scheduleKind,
      plannedOn: body.plannedOn,
    },
  };
}

@CommandController('benefits', "the benefit stream's version")
export class BenefitsController {
  constructor(private readonly commandBus: CommandBus) {}

  @CommandRoute('proposals/:proposalId/benefits', {
    roles: ['programme-office', 'lead'],
    lead: true,
    summary: "Plan a benefit of a proposal (BenefitPlanned); the programme is the proposal's",
  })
  planForProposal(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: PlanBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.plan({ proposalId }, body, caller);
  }

  @CommandRoute('programmes/:programmeId/benefits', {
    roles: ['programme-office'],
    summary: 'Plan a programme-level benefit such as the £70m savings target (BenefitPlanned, no proposal)',
  })
  planForProgramme(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: PlanBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.plan({ programmeId }, body, caller);
  }

  @CommandRoute('proposals/:proposalId/benefits/:benefitId/objectives', {
    roles: ['programme-office'],
    summary: 'Say which plan objectives a proposal’s benefit contributes to, with a reason; the previous ones are kept (BenefitObjectivesLinked)',
  })
  linkForProposal(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: LinkBenefitObjectivesRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.link({ proposalId }, benefitId, body, caller);
  }

  @CommandRoute('programmes/:programmeId/benefits/:benefitId/objectives', {
    roles: ['programme-office'],
    summary: 'Say which plan objectives a programme-level benefit contributes to, with a reason (BenefitObjectivesLinked)',
  })
  linkForProgramme(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: LinkBenefitObjectivesRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.link({ programmeId }, benefitId, body, caller);
  }

  private link(owner: BenefitOwner, benefitId: string, body: LinkBenefitObjectivesRequestDto, caller: Caller) {
    const { objectiveIds, linkedOn, reason } = body;
    return this.commandBus.execute(new ExecuteBenefitCommand(owner, benefitId, { type: 'LinkBenefitObjectives', data: { objectiveIds, linkedOn, reason } }, caller, reason));
  }

  @CommandRoute('proposals/:proposalId/benefits/:benefitId/reforecasts', {
    roles: ['programme-office', 'lead'],
    lead: true,
    summary: 'Re-forecast a benefit’s schedule, with a reason (BenefitReforecast)',
  })
  reforecastForProposal(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: ReforecastBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.reforecast({ proposalId }, benefitId, body, caller);
  }

  @CommandRoute('programmes/:programmeId/benefits/:benefitId/reforecasts', {
    roles: ['programme-office'],
    summary: 'Re-forecast a programme-level benefit, with a reason (BenefitReforecast)',
  })
  reforecastForProgramme(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: ReforecastBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.reforecast({ programmeId }, benefitId, body, caller);
  }

  @CommandRoute('proposals/:proposalId/benefits/:benefitId/realisations', {
    roles: ['programme-office', 'lead'],
    lead: true,
    summary: 'Report the realised benefit for a period (BenefitRealised); the reporter is the actor',
  })
  realiseForProposal(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: RealiseBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.realise({ proposalId }, benefitId, body, caller);
  }

  @CommandRoute('programmes/:programmeId/benefits/:benefitId/realisations', {
    roles: ['programme-office'],
    summary: 'Report a programme-level benefit realised for a period (BenefitRealised)',
  })
  realiseForProgramme(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: RealiseBenefitRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.realise({ programmeId }, benefitId, body, caller);
  }

  @CommandRoute('proposals/:proposalId/benefits/:benefitId/realisations/:period/corrections', {
    roles: ['programme-office', 'lead'],
    lead: true,
    summary: 'Correct a reported realisation, with a reason (BenefitRealisationCorrected)',
  })
  @ApiParam({ name: 'period', description: PERIOD_IN_PATH, example: '2006-07' })
  correctForProposal(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Param('period', BenefitPeriodParam) period: string,
    @Body() body: CorrectBenefitRealisationRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.correct({ proposalId }, benefitId, period, body, caller);
  }

  @CommandRoute('programmes/:programmeId/benefits/:benefitId/realisations/:period/corrections', {
    roles: ['programme-office'],
    summary: 'Correct a programme-level realisation, with a reason (BenefitRealisationCorrected)',
  })
  @ApiParam({ name: 'period', description: PERIOD_IN_PATH, example: '2006-07' })
  correctForProgramme(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Param('period', BenefitPeriodParam) period: string,
    @Body() body: CorrectBenefitRealisationRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.correct({ programmeId }, benefitId, period, body, caller);
  }

  private plan(owner: BenefitOwner, body: PlanBenefitRequestDto, caller: Caller) {
    const benefitId = body.benefitId ?? randomUUID();
    return this.commandBus.execute(
      new ExecuteBenefitCommand(owner, benefitId, planCommand(body, benefitId), caller, body.reason, benefitId),
    );
  }

  private reforecast(
    owner: BenefitOwner,
    benefitId: string,
    body: ReforecastBenefitRequestDto,
    caller: Caller,
  ) {
    const schedule = body.schedule.map(({ period, plannedValue }) => ({ period, plannedValue }));
    return this.commandBus.execute(
      new ExecuteBenefitCommand(
        owner,
        benefitId,
        { type: 'ReforecastBenefit', data: { schedule, reason: body.reason, reforecastOn: body.reforecastOn } },
        caller, body.reason,
      ),
    );
  }

  private realise(
    owner: BenefitOwner,
    benefitId: string,
    body: RealiseBenefitRequestDto,
    caller: Caller,
  ) {
    const { period, actual, forecastRemaining, evidence, commentary } = body;
    return this.commandBus.execute(
      new ExecuteBenefitCommand(
        owner,
        benefitId,
        {
          type: 'RealiseBenefit',
          // The reporter is whoever is signed in, never a body field.
          data: {
            period,
            actual,
            forecastRemaining,
            evidence,
            commentary,
            reportedBy: caller.actor.id,
          },
        },
        caller, body.reason,
      ),
    );
  }

  private correct(
    owner: BenefitOwner,
    benefitId: string,
    period: string,
    body: CorrectBenefitRealisationRequestDto,
    caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteBenefitCommand(
        owner,
        benefitId,
        {
          type: 'CorrectBenefitRealisation',
          data: { period, actual: body.actual, reason: body.reason },
        },
        caller, body.reason,
      ),
    );
  }
}
