import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, LedgerIdField, NestedField, NestedListField, TextField } from '../http/fields';
import { ReadQueryDto } from '../http/query-params.dto';
import { SourceReferenceDto } from '../programme/programme.request.dto';

export class PersonPostDto {
  @TextField({ max: 200, example: 'Programme director' })
  post: string;

  @CalendarDateField({ description: 'The day they took up the post.', example: '2007-10-01' })
  from: string;

  @CalendarDateField({ description: 'The day they left it; omit while they hold it (or when not known).', example: '2009-09-30', optional: true, nullable: true })
  to?: string | null;
}

export class RecordPersonRequestDto extends CommandRequestDto {
  @LedgerIdField({ description: 'The id lead, owner and accountable fields will name.', example: 'post-programme-director' })
  personId: string;

  @TextField({ max: 200, example: 'Programme director (successor to Stephen Rimmer)' })
  name: string;

  @NestedListField(() => PersonPostDto, { max: 50, optional: true, description: 'Posts held, with their dates.' })
  posts?: PersonPostDto[];

  @NestedField(() => SourceReferenceDto, { optional: true, description: 'Where the reports name them.' })
  source?: SourceReferenceDto;
}

export class RecordPersonPostRequestDto extends PersonPostDto {
  @TextField({ max: 2000, optional: true, description: 'Why, or where the reports say so; recorded with the event.' })
  reason?: string;
}

export class PeopleQueryDto extends ReadQueryDto {
  @TextField({ max: 200, optional: true, description: 'Part of a name or id, any case; omit for everyone.', example: 'godwin' })
  q?: string;
}
