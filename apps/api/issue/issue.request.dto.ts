import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ISSUE_SEVERITIES, type IssueSeverity } from '@ledger/issue';
import { FORUMS, type Forum } from '@ledger/kernel';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';

export class RaiseIssueRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'pcso-shortfall' })
  @IsOptional()
  @IsLedgerId()
  issueId?: string;

  @ApiPropertyOptional({ example: 'safer-neighbourhoods' })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string;

  @ApiProperty({ example: 'PCSO recruitment behind plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: 'Outer boroughs are short of PCSOs for their ward teams' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  @ApiProperty({ enum: ISSUE_SEVERITIES, example: 'high' })
  @IsIn(ISSUE_SEVERITIES)
  severity: IssueSeverity;

  @ApiProperty({ example: 'AC Territorial Policing' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ownerName: string;

  @ApiPropertyOptional({ description: 'The risk of the register that materialised.', example: 'sn-pcso-recruitment' })
  @IsOptional()
  @IsLedgerId()
  riskId?: string;

  @ApiProperty({ example: '2006-01-15' })
  @IsCalendarDate()
  raisedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class EscalateIssueRequestDto {
  @ApiProperty({ enum: FORUMS, example: 'Committee' })
  @IsIn(FORUMS)
  forum: Forum;

  @ApiPropertyOptional({ description: 'The meeting it goes to.', example: 'oversight-2006-03-09' })
  @IsOptional()
  @IsLedgerId()
  meetingId?: string;

  @ApiProperty({ description: 'Why it needs the forum; required.', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2006-02-01' })
  @IsCalendarDate()
  escalatedOn: string;
}

export class ResolveIssueRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'Recruitment campaign funded' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution: string;

  @ApiProperty({ example: '2006-03-09' })
  @IsCalendarDate()
  resolvedOn: string;
}

export class IssueListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved'] })
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';

  @ApiPropertyOptional({ enum: ISSUE_SEVERITIES })
  @IsOptional()
  @IsIn(ISSUE_SEVERITIES)
  severity?: IssueSeverity;

  @ApiPropertyOptional({ enum: FORUMS, description: 'Escalated to this forum.' })
  @IsOptional()
  @IsIn(FORUMS)
  forum?: Forum;
}
