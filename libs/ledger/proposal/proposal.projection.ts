import { BUSINESS_CASE_EVENT_TYPES, type BusinessCaseEvent } from '@ledger/business-case';
import type { DecisionLogEvent } from '@ledger/decision-log';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent } from './proposal.events';
import type { StoredEvent } from '@ledger/platform/event-store';
import type { RowProjectionDefinition } from '@ledger/platform/projection';

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

export interface ProposalRow {
  proposalId: string;
  programmeId: string;
  title: string;
  aims: string;
  source: { document: string; paragraph: string | null };
  outcomeIds: string[];
  priorityIds: string[];
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

function actorName(stored: StoredEvent): string {
  const { actor } = stored.metadata;
  return actor.name ?? actor.id;
}

/** proposal detail: status, leads and their history, consultation, decisions, business cases, EIAs, confidence. */
export const proposalProjection: RowProjectionDefinition<ProposalRow> = {
  name: 'proposals',
  table: 'proposal_view',
  handles: [...PROPOSAL_EVENT_TYPES, ...BUSINESS_CASE_EVENT_TYPES, 'DecisionRecorded'],
  rowId: (event) => (event.data as { proposalId?: string | null }).proposalId ?? null,
  evolve(row, stored) {
    const event = { type: stored.type, data: stored.data } as Handled;
    if (event.type === 'ProposalRegistered') {
      const d = event.data;
      return {
        proposalId: d.proposalId,
        programmeId: d.programmeId,
        title: d.title,
        aims: d.aims,
        source: d.source,
        outcomeIds: d.outcomeIds,
        priorityIds: d.priorityIds,
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
        const d = event.data;
        const history = row.leadHistory.map((term) => (term.to === null ? { ...term, to: d.effectiveDate } : term));
        return {
          ...row,
          lead: { leadId: d.leadId, leadName: d.leadName, leadRole: d.leadRole, since: d.effectiveDate },
          leadHistory: [
            ...history,
            { leadId: d.leadId, leadName: d.leadName, leadRole: d.leadRole, from: d.effectiveDate, to: null, reason: d.reason ?? stored.metadata.reason ?? null, recordedBy: actorName(stored) },
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
        const d = event.data;
        const version: BusinessCaseVersion = {
          stage: d.stage,
          version: d.version,
          submittedOn: d.submittedOn,
          submittedBy: d.submittedBy,
          sections: { ...d.sections },
          investment: d.investment,
          wholeLifeCostPence: d.wholeLifeCostPence,
          anticipatedBenefits: d.anticipatedBenefits,
          status: 'awaiting-scrutiny',
          scrutiny: null,
        };
        return { ...row, businessCases: [...row.businessCases, version] };
      }
      case 'BusinessCaseApproved':
      case 'BusinessCaseReturned': {
        const d = event.data;
        const approved = event.type === 'BusinessCaseApproved';
        return {
          ...row,
          businessCases: row.businessCases.map((bc) =>
            bc.version === d.version
              ? {
                  ...bc,
                  status: approved ? 'approved' : 'returned',
                  scrutiny: {
                    outcome: approved ? 'approved' : 'returned',
                    meeting: d.meeting,
                    decisionDate: d.decisionDate,
                    conditions: approved ? (d as { conditions: string[] }).conditions : [],
                    comments: approved ? null : (d as { comments: string }).comments,
                  },
                }
              : bc,
          ),
        };
      }
      case 'DecisionRecorded': {
        const d = event.data as { decisionId: string; forum: string; decisionDate: string; subject: string; outcome: string; supersedesDecisionId?: string | null };
        const decisions = row.decisions.map((x) => (x.decisionId === d.supersedesDecisionId ? { ...x, supersededBy: d.decisionId } : x));
        return {
          ...row,
          decisions: [...decisions, { decisionId: d.decisionId, forum: d.forum, decisionDate: d.decisionDate, subject: d.subject, outcome: d.outcome, supersedesDecisionId: d.supersedesDecisionId ?? null, supersededBy: null }],
        };
      }
      default:
        return row;
    }
  },
};
