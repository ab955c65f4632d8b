import { BUSINESS_CASE_EVENT_TYPES, type BusinessCaseEvent } from '@ledger/business-case';
import type { DecisionLogEvent } from '@ledger/decision-log';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent } from './proposal.events';
import { actorName, rowProjectionOf } from '@ledger/platform/projection';

export interface LeadTerm {
  leadId: string;
  leadName: string;
  leadRole: string;
  from: string;
  to: string | null;
  reason: string | null;
  recordedBy: string;
}

export interface BusinessCaseVersion {
  stage: string;
  version: number;
  submittedOn: string;
  submittedBy: string;
  sections: Record<string, string>;
  investment: { financialYear: string; amountPence: number }[];
  wholeLifeCostPence: number;
  anticipatedBenefits: { description: string; amountPence: number | null }[];
  status: 'awaiting-scrutiny' | 'approved' | 'returned';
  scrutiny: { outcome: 'approved' | 'returned'; meeting: string; decisionDate: string; conditions: string[]; comments: string | null } | null;
}

export interface ConfidenceRating {
  rating: string;
  commentary: string;
  assessedOn: string;
  assessorName: string;
}

export interface AimsAmendment {
  amendedOn: string;
  reason: string;
  recordedBy: string;
  previous: { aims: string; outcomeIds: string[]; objectiveIds: string[] };
}

export interface ProposalRow {
  proposalId: string;
  programmeId: string;
  title: string;
  aims: string;
  source: { document: string; paragraph: string | null };
  outcomeIds: string[];
  priorityIds: string[];
  /** The plan objectives it serves (absent on rows projected before links existed: none). */
  objectiveIds?: string[];
  /** Each amendment of aims, outcomes and objectives, oldest first, with what they were before. */
  aimsAmendments?: AimsAmendment[];
  status: string;
  registeredAt: string;
  consultation: { opensOn: string; closesOn: string; consultees: string[]; description: string; closedOn: string | null; summary: string | null } | null;
  agreement: { forum: string; decisionDate: string; meeting: string; minuteReference: string; conditions: string[] } | null;
  notTakenForward: { reasonCode: string; rationale: string; decisionDate: string } | null;
  deferral: { decisionDate: string; until: string | null; reasonCode: string; rationale: string } | null;
  reopenings: { reopenedOn: string; reason: string; previousStatus: string }[];
  lead: { leadId: string; leadName: string; leadRole: string; since: string } | null;
  leadHistory: LeadTerm[];
  equalityImpactAssessments: Record<string, unknown>[];
  deliveryConfidence: { self: ConfidenceRating | null; independent: ConfidenceRating | null };
  deliveryConfidenceHistory: (ConfidenceRating & { assessment: string })[];
  businessCases: BusinessCaseVersion[];
  decisions: { decisionId: string; forum: string; decisionDate: string; subject: string; outcome: string; supersedesDecisionId: string | null; supersededBy: string | null }[];
  deliveryStartedOn: string | null;
  closure: { closedOn: string; reason: string } | null;
}

type Handled = ProposalEvent | BusinessCaseEvent | DecisionLogEvent;

/** proposal detail: status, leads and their history, consultation, decisions, business cases, EIAs, confidence. */
export const proposalProjection = rowProjectionOf<Handled, ProposalRow>({
  name: 'proposals', table: 'proposal_view', handles: [...PROPOSAL_EVENT_TYPES, ...BUSINESS_CASE_EVENT_TYPES, 'DecisionRecorded'], key: 'proposalId',
  evolve(row, event, stored) {
    if (event.type === 'ProposalRegistered') {
      const data = event.data;
      return {
        proposalId: data.proposalId,
        programmeId: data.programmeId,
        title: data.title,
        aims: data.aims,
        source: data.source,
        outcomeIds: data.outcomeIds,
        priorityIds: data.priorityIds,
        objectiveIds: [],
        aimsAmendments: [],
        status: 'registered',
        registeredAt: stored.recordedAt.toISOString(),
        consultation: null,
        agreement: null,
        notTakenForward: null,
        deferral: null,
        reopenings: [],
        lead: null,
        leadHistory: [],
        equalityImpactAssessments: [],
        deliveryConfidence: { self: null, independent: null },
        deliveryConfidenceHistory: [],
        businessCases: [],
        decisions: [],
        deliveryStartedOn: null,
        closure: null,
      };
    }
    if (!row) return row;
    switch (event.type) {
      case 'ProposalAimsAmended': {
        const { aims, outcomeIds, objectiveIds, previous, reason, amendedOn } = event.data;
        const amendment: AimsAmendment = { amendedOn, reason, recordedBy: actorName(stored), previous };
        return { ...row, aims, outcomeIds, objectiveIds, aimsAmendments: [...(row.aimsAmendments ?? []), amendment] };
      }
      case 'ConsultationOpened': {
        const { opensOn, closesOn, consultees, description } = event.data;
        return { ...row, status: 'in-consultation', consultation: { opensOn, closesOn, consultees, description, closedOn: null, summary: null } };
      }
      case 'ConsultationClosed':
        return row.consultation
          ? { ...row, consultation: { ...row.consultation, closedOn: event.data.closedOn, summary: event.data.summary } }
          : row;
      case 'ProposalAgreed': {
        const { forum, decisionDate, meeting, minuteReference, conditions } = event.data;
        return { ...row, status: 'agreed', agreement: { forum, decisionDate, meeting, minuteReference, conditions } };
      }
      case 'ProposalNotTakenForward': {
        const { reasonCode, rationale, decisionDate } = event.data;
        return { ...row, status: 'not-taken-forward', notTakenForward: { reasonCode, rationale, decisionDate } };
      }
      case 'ProposalDeferred': {
        const { decisionDate, until, reasonCode, rationale } = event.data;
        return { ...row, status: 'deferred', deferral: { decisionDate, until, reasonCode, rationale } };
      }
      case 'ProposalReopened': {
        const { reopenedOn, reason, previousStatus } = event.data;
        return { ...row, status: 'registered', reopenings: [...row.reopenings, { reopenedOn, reason, previousStatus }] };
      }
      case 'LeadAssigned': {
        const data = event.data;
        const history = row.leadHistory.map((term) => (term.to === null ? { ...term, to: data.effectiveDate } : term));
        return {
          ...row,
          lead: { leadId: data.leadId, leadName: data.leadName, leadRole: data.leadRole, since: data.effectiveDate },
          leadHistory: [
            ...history,
            { leadId: data.leadId, leadName: data.leadName, leadRole: data.leadRole, from: data.effectiveDate, to: null, reason: data.reason ?? stored.metadata.reason ?? null, recordedBy: actorName(stored) },
          ],
        };
      }
      case 'EqualityImpactAssessed':
        return { ...row, equalityImpactAssessments: [...row.equalityImpactAssessments, { ...event.data }] };
      case 'DeliveryConfidenceAssessed': {
        const { rating, assessment, commentary, assessedOn, assessorName } = event.data;
        const entry = { rating, commentary, assessedOn, assessorName };
        return {
          ...row,
          deliveryConfidence: { ...row.deliveryConfidence, [assessment]: entry },
          deliveryConfidenceHistory: [...row.deliveryConfidenceHistory, { ...entry, assessment }],
        };
      }
      case 'ProposalDeliveryStarted':
        return { ...row, status: 'in-delivery', deliveryStartedOn: event.data.startedOn };
      case 'ProposalClosed':
        return { ...row, status: 'closed', closure: { closedOn: event.data.closedOn, reason: event.data.reason } };
      case 'BusinessCaseSubmitted': {
        const data = event.data;
        const version: BusinessCaseVersion = {
          stage: data.stage,
          version: data.version,
          submittedOn: data.submittedOn,
          submittedBy: data.submittedBy,
          sections: { ...data.sections },
          investment: data.investment,
          wholeLifeCostPence: data.wholeLifeCostPence,
          anticipatedBenefits: data.anticipatedBenefits,
          status: 'awaiting-scrutiny',
          scrutiny: null,
        };
        return { ...row, businessCases: [...row.businessCases, version] };
      }
      case 'BusinessCaseApproved':
      case 'BusinessCaseReturned': {
        const data = event.data;
        const approved = event.type === 'BusinessCaseApproved';
        return {
          ...row,
          businessCases: row.businessCases.map((bc) =>
            bc.version === data.version
              ? {
                  ...bc,
                  status: approved ? 'approved' : 'returned',
                  scrutiny: {
                    outcome: approved ? 'approved' : 'returned',
                    meeting: data.meeting,
                    decisionDate: data.decisionDate,
                    conditions: approved ? (data as { conditions: string[] }).conditions : [],
                    comments: approved ? null : (data as { comments: string }).comments,
                  },
                }
              : bc,
          ),
        };
      }
      case 'DecisionRecorded': {
        const data = event.data as { decisionId: string; forum: string; decisionDate: string; subject: string; outcome: string; supersedesDecisionId?: string | null };
        const decisions = row.decisions.map((decision) => (decision.decisionId === data.supersedesDecisionId ? { ...decision, supersededBy: data.decisionId } : decision));
        return {
          ...row,
          decisions: [...decisions, { decisionId: data.decisionId, forum: data.forum, decisionDate: data.decisionDate, subject: data.subject, outcome: data.outcome, supersedesDecisionId: data.supersedesDecisionId ?? null, supersededBy: null }],
        };
      }
      default:
        return row;
    }
  },
});
