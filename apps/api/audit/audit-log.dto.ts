import { ReadQueryDto } from '../http/query-params.dto';
import { IntegerField } from '../http/fields';

/** Sizes and positions: whole numbers JavaScript counts exactly. */
const MAX = Number.MAX_SAFE_INTEGER;

export class TreeHeadQueryDto extends ReadQueryDto {
  @IntegerField({
    min: 1,
    max: MAX,
    query: true,
    description: 'The head at this tree size (number of events); default the latest',
    example: 1042,
    optional: true,
  })
  size?: number;
}

export class InclusionQueryDto extends ReadQueryDto {
  @IntegerField({ min: 1, max: MAX, query: true, description: "The event's global position", example: 17 })
  position: number;

  @IntegerField({
    min: 1,
    max: MAX,
    query: true,
    description: 'Prove against the tree of this size (e.g. a pack\'s head); default the latest signed head',
    optional: true,
  })
  size?: number;
}

export class ConsistencyQueryDto extends ReadQueryDto {
  @IntegerField({
    min: 1,
    max: MAX,
    query: true,
    description: 'The earlier tree size (the head you hold)',
    example: 900,
  })
  from: number;

  @IntegerField({
    min: 1,
    max: MAX,
    query: true,
    description: 'The later tree size; default the latest signed head',
    example: 1042,
    optional: true,
  })
  to?: number;
}
