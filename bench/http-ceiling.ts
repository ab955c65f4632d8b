// The HTTP bench's ceiling: the same Nest + Express stack (helmet, the global validation
// pipe, the realisation DTO, the error filter) on the same route shape, answering 201
// without signing in or touching a store. No command endpoint of this API can be faster
// on this machine, so it tells how much of the gap to the target is the framework's.
import { Body, Controller, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { RealiseBenefitRequestDto } from '../apps/api/benefit/benefit.request.dto';
import { IdParam } from '../apps/api/http/id-param.pipe';
import { HttpErrorsFilter } from '../apps/api/http/http-errors.filter';
import { createValidationPipe } from '../apps/api/http/validation';

@Controller()
class CeilingController {
  @Post('proposals/:proposalId/benefits/:benefitId/realisations')
  @HttpCode(201)
  realise(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('benefitId', IdParam) benefitId: string,
    @Body() body: RealiseBenefitRequestDto,
  ) {
    return { id: benefitId, proposalId, period: body.period, version: 1, position: 1 };
  }

  @Post('proposals/:proposalId/benefits')
  @HttpCode(201)
  plan(@Param('proposalId', IdParam) proposalId: string) {
    return { proposalId };
  }
}

@Module({ controllers: [CeilingController] })
class CeilingModule {}

/** Starts the ceiling app on a free port; returns its base URL and how to stop it. */
export async function startCeiling(): Promise<{ base: string; close(): Promise<void> }> {
  const app = await NestFactory.create<NestExpressApplication>(CeilingModule, { bodyParser: false, logger: ['error', 'warn'] });
  app.use(helmet());
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}
