import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested, IsObject } from 'class-validator';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';

export class SourceReferenceDto {
  @ApiProperty({ example: 'Service Review 2005 (MPA report, 29 September 2005)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  document: string;

  @ApiPropertyOptional({ example: '21', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  paragraph?: string | null;
}

export class EstablishProgrammeRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'met-modernisation' })
  @IsOptional()
  @IsLedgerId()
  programmeId?: string;

  @ApiProperty({ example: 'Met Modernisation Programme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Working together for a safer London' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  mission: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ type: SourceReferenceDto })
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source: SourceReferenceDto;
}

export class DefineStrategicPriorityRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ example: 'counter-terrorism' })
  @IsOptional()
  @IsLedgerId()
  priorityId?: string;

  @ApiProperty({ example: 'Counter-terrorism, security and protection' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class DefineStrategicOutcomeRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ example: 'communities-feel-safer' })
  @IsOptional()
  @IsLedgerId()
  outcomeId?: string;

  @ApiProperty({ example: 'Communities are, and feel, safer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class AppointProgrammeDirectorRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'person-stephen-rimmer' })
  @IsLedgerId()
  personId: string;

  @ApiProperty({ example: 'Stephen Rimmer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Calendar date the appointment takes effect', example: '2005-10-01' })
  @IsCalendarDate()
  effectiveDate: string;
}
