import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadQueryDto } from '../http/query-params.dto';

/** Sizes and positions: whole numbers JavaScript counts exactly. */
const MAX = Number.MAX_SAFE_INTEGER;

export class TreeHeadQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'The head at this tree size (number of events); default the latest', minimum: 1, example: 1042 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX)
  size?: number;
}

export class InclusionQueryDto extends ReadQueryDto {
  @ApiProperty({ description: "The event's global position", minimum: 1, example: 17 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX)
  position: number;

  @ApiPropertyOptional({ description: 'Prove against the tree of this size (e.g. a pack\'s head); default the latest signed head', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX)
  size?: number;
}

export class ConsistencyQueryDto extends ReadQueryDto {
  @ApiProperty({ description: 'The earlier tree size (the head you hold)', minimum: 1, example: 900 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX)
  from: number;

  @ApiPropertyOptional({ description: 'The later tree size; default the latest signed head', minimum: 1, example: 1042 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX)
  to?: number;
}
