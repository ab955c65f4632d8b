import { PersonIdField } from '../http/person-fields';
import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, LedgerIdField, NestedField, TextField } from '../http/fields';

export class SourceReferenceDto {
  @TextField({
    max: 300,
    example: 'Service Review 2005 (MPA report, 29 September 2005)',
    say: { missing: 'Enter the document it comes from, such as a report’s title', tooLong: 'Keep the document’s name to 300 characters or fewer' },
  })
  document: string;

  @TextField({ max: 50, example: '21', optional: true, nullable: true, say: { missing: 'Enter the paragraph as text, or leave it out', tooLong: 'Keep the paragraph reference to 50 characters or fewer' } })
  paragraph?: string | null;
}

export class EstablishProgrammeRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'met-modernisation',
    optional: true,
  })
  programmeId?: string;

  @TextField({ max: 200, example: 'Met Modernisation Programme' })
  name: string;

  @TextField({ max: 500, example: 'Working together for a safer London' })
  mission: string;

  @TextField({ max: 5000, optional: true })
  description?: string;

  @NestedField(() => SourceReferenceDto)
  source: SourceReferenceDto;
}

export class DefineStrategicPriorityRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'counter-terrorism', optional: true })
  priorityId?: string;

  @TextField({ max: 300, example: 'Counter-terrorism, security and protection' })
  title: string;

  @TextField({ max: 5000, optional: true })
  description?: string;
}

export class DefineStrategicOutcomeRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'communities-feel-safer', optional: true })
  outcomeId?: string;

  @TextField({ max: 300, example: 'Communities are, and feel, safer' })
  title: string;

  @TextField({ max: 5000, optional: true })
  description?: string;
}

export class AppointProgrammeDirectorRequestDto extends CommandRequestDto {
  @PersonIdField({ example: 'person-stephen-rimmer' })
  personId: string;

  @TextField({ max: 200, example: 'Stephen Rimmer' })
  name: string;

  @CalendarDateField({ description: 'Calendar date the appointment takes effect', example: '2005-10-01' })
  effectiveDate: string;
}
