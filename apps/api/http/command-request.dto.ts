import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Every command may say why; the reason lands in the event's metadata. */
export class CommandRequestDto {
  @ApiPropertyOptional({ description: 'Why this is being done; recorded with the event.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
