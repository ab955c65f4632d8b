import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../http/query-params.dto';
import { IsLedgerId } from '../http/validators';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsLedgerId() programmeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsLedgerId() proposalId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ example: 'LeadAssigned' }) @IsOptional() @Matches(/^[A-Za-z]{1,80}$/, { message: 'eventType must be an event name such as LeadAssigned' }) eventType?: string;
  @ApiPropertyOptional({ description: 'Recorded at or after (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'Recorded at or before (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
