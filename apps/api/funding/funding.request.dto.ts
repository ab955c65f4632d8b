import { FUNDING_LINE_KINDS, FUNDING_SOURCES, type FundingLineKind, type FundingSource } from '@ledger/funding';
import { CommandRequestDto, ReasonField } from '../http/command-request.dto';
import { EnumField, FinancialYearField, LedgerIdField, PenceField, TextField } from '../http/fields';

export class RecordFundingLineRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'precept-2006-07' })
  lineId: string;

  @FinancialYearField({ example: '2006/07' })
  year: string;

  @EnumField(FUNDING_LINE_KINDS, {
    description: 'A resource funds the plan; a requirement is what it must meet; savings are shown beside the gap.',
    example: 'resource',
  })
  kind: FundingLineKind;

  @EnumField(FUNDING_SOURCES, {
    description: 'Resources only: where the money comes from.',
    example: 'precept',
    optional: true,
    nullable: true,
  })
  source?: FundingSource | null;

  @TextField({ max: 300, example: 'Precept @ 5.5%' })
  label: string;

  @PenceField({ description: 'Whole pence, never negative.', example: 3_100_000_000 })
  amountPence: number;

  @LedgerIdField({
    description: 'The proposal whose investment it funds; omit for the programme as a whole.',
    optional: true,
    nullable: true,
  })
  proposalId?: string | null;
}

export class ReviseFundingLineRequestDto {
  @PenceField({ description: 'Whole pence, never negative.', example: 3_200_000_000 })
  amountPence: number;

  @ReasonField('Why the amount changes; the old one is kept.')
  reason: string;
}
