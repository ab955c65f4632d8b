import { PROPOSAL_STATUSES } from '@ledger/proposal';
import { PageQueryDto } from '../http/query-params.dto';
import { EnumField, LedgerIdField, TextField } from '../http/fields';

export class ListProposalsQueryDto extends PageQueryDto {
  @LedgerIdField({ example: 'met-modernisation', optional: true })
  programmeId?: string;

  @EnumField(PROPOSAL_STATUSES as unknown as string[], { optional: true })
  status?: string;

  @TextField({ max: 200, description: 'Only proposals this person currently leads', optional: true })
  leadId?: string;
}
