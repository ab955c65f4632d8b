import { DELIVERY_CONFIDENCE_ASSESSMENTS } from '@ledger/proposal';
import { FORUMS } from '@ledger/kernel';
import type { ValuesByRole } from './access.decorators';

/**
 * Decisions of a forum (a proposal's agreement, a decision in the log): the oversight
 * committee records its own committee's decisions; the programme office records the
 * Authority's and the Management Board's, never a committee's.
 */
export const FORUM_RULE: ValuesByRole = {
  field: 'forum',
  values: FORUMS,
  byRole: { 'programme-office': ['Authority', 'ManagementBoard'], 'oversight-committee': ['Committee'] },
};

/**
 * A lead rates their own proposal ('self'), and only the lead does; the oversight
 * committee, or the programme office recording an independent review (an OGC
 * Gateway team's, say), gives the independent rating.
 */
export const DELIVERY_CONFIDENCE_RULE: ValuesByRole = {
  field: 'assessment',
  values: DELIVERY_CONFIDENCE_ASSESSMENTS,
  byRole: { lead: ['self'], 'oversight-committee': ['independent'], 'programme-office': ['independent'] },
};
