import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROPOSAL_STATUSES } from '@ledger/proposal';
import { PageQueryDto } from '../http/query-params.dto';
import { IsLedgerId } from '../http/validators';

export class ListProposalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'met-modernisation' })
  @IsOptional()
  @IsLedgerId()
  programmeId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({ description: 'Only proposals this person currently leads' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  leadId?: string;
}
