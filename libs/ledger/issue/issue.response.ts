/** The issues register's answer (after IssueRow), as an OpenAPI schema. */
import { arr, date, enumOf, enumOfType, id, nullable, obj, type Schema, str } from '@ledger/platform/http-schema';
import { FORUMS } from '@ledger/kernel';
import { ISSUE_SEVERITIES } from './issue.events';
import type { IssueRow } from './issue.projection';

const issue = obj({
  issueId: id,
  programmeId: id,
  proposalId: nullable(id),
  title: str,
  description: str,
  severity: enumOf(ISSUE_SEVERITIES),
  ownerName: str,
  riskId: nullable(id),
  raisedOn: date,
  status: enumOfType<IssueRow['status']>({ open: true, resolved: true }),
  escalations: arr(obj({ forum: enumOf(FORUMS), meetingId: nullable(id), reason: str, escalatedOn: date })),
  resolution: nullable(obj({ resolution: str, resolvedOn: date })),
});

export const IssueListSchema: Schema = obj({ programmeId: id, items: arr(issue) });
