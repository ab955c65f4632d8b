import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ISSUE_SEVERITIES, type IssueSeverity } from '@ledger/issue';
import { FORUMS, type Forum } from '@ledger/kernel';
import { CommandRequestDto, ReasonField } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { CalendarDateField, EnumField, LedgerIdField, TextField } from '../http/fields';

export class RaiseIssueRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'pcso-shortfall',
    optional: true,
  })
  issueId?: string;

  @LedgerIdField({ example: 'safer-neighbourhoods', optional: true })
  proposalId?: string;

  @TextField({ max: 300, example: 'PCSO recruitment behind plan' })
  title: string;

  @TextField({ max: 2000, example: 'Outer boroughs are short of PCSOs for their ward teams' })
  description: string;

  @EnumField(ISSUE_SEVERITIES, { example: 'high' })
  severity: IssueSeverity;

  @TextField({ max: 200, example: 'AC Territorial Policing' })
  ownerName: string;

  @LedgerIdField({
    description: 'The risk of the register that materialised.',
    example: 'sn-pcso-recruitment',
    optional: true,
  })
  riskId?: string;

  @CalendarDateField({ example: '2006-01-15' })
  raisedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class EscalateIssueRequestDto {
  @EnumField(FORUMS, { example: 'Committee' })
  forum: Forum;

  @LedgerIdField({ description: 'The meeting it goes to.', example: 'oversight-2006-03-09', optional: true })
  meetingId?: string;

  @ReasonField('Why it needs the forum; required.')
  reason: string;

  @CalendarDateField({ example: '2006-02-01' })
  escalatedOn: string;
}

export class ResolveIssueRequestDto extends CommandRequestDto {
  @TextField({ max: 2000, example: 'Recruitment campaign funded' })
  resolution: string;

  @CalendarDateField({ example: '2006-03-09' })
  resolvedOn: string;
}

export class IssueListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved'] })
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';

  @EnumField(ISSUE_SEVERITIES, { optional: true })
  severity?: IssueSeverity;

  @EnumField(FORUMS, { description: 'Escalated to this forum.', optional: true })
  forum?: Forum;
}
