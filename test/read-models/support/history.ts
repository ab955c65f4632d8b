import { randomUUID } from 'node:crypto';
import { DELIVERY_CONFIDENCE_RATINGS, NOT_TAKEN_FORWARD_REASONS, PROTECTED_CHARACTERISTICS, type EqualityImpact, type ProtectedCharacteristic } from '@ledger/proposal';
import { FORUMS } from '@ledger/kernel';
import { type AnyDomainEvent } from '@ledger/catalogue';
import { type ScheduledValue } from '@ledger/benefit';
import type { EventMetadata, EventStore, StoredEvent } from '@ledger/platform/event-store';

/** A small seeded PRNG (mulberry32): the same seed, the same history. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof prng>;

/** One append: a batch of domain events on one stream, with who did it and why. */
export interface Append {
  streamId: string;
  events: AnyDomainEvent[];
  metadata: EventMetadata;
}

const ACTORS = [
  { id: 'po-pat', name: 'Pat Office', role: 'programme-office' },
  { id: 'lead-tg', name: 'Tim Godwin', role: 'lead' },
  { id: 'lead-ab', name: 'Alan Brown', role: 'lead' },
  { id: 'sec-mb', name: 'Board Secretary', role: 'committee-secretary' },
  { id: 'fin-1', name: 'Finance Partner', role: 'finance' },
];
const LEADS = [
  { leadId: 'lead-tg', leadName: 'Tim Godwin', leadRole: 'AC' },
  { leadId: 'lead-ab', leadName: 'Alan Brown', leadRole: 'AC' },
  { leadId: 'lead-cd', leadName: "Cressida O'Neill", leadRole: 'DAC' },
  { leadId: 'lead-sg', leadName: 'Steve Grange', leadRole: 'Director' },
];
const YEARS = ['2005/06', '2006/07', '2007/08', '2008/09'];

interface ProposalState {
  id: string;
  programmeId: string;
  status: 'registered' | 'in-consultation' | 'agreed' | 'not-taken-forward' | 'deferred' | 'in-delivery' | 'closed';
  consultationOpen: boolean;
  lead: { id: string; name: string } | null;
  caseVersions: number;
  pendingCase: { version: number; stage: 'SOC' | 'OBC' | 'FBC' } | null;
  self: string | null;
  independent: string | null;
}
interface ProgrammeState {
  id: string;
  outcomes: string[];
  priorities: string[];
  director: { personId: string; name: string } | null;
  proposals: ProposalState[];
  milestones: { id: string; forecast: string; predecessors: string[]; achieved: boolean }[];
  decisions: string[];
  benefits: { id: string; schedule: ScheduledValue[]; realised: Map<string, number> }[];
  risks: { id: string; score: number; residual: number; open: boolean }[];
}

/**
 * Generates a plausible history of the programme lifecycle: programmes with
 * outcomes and directors, proposals through consultation, agreement, deferral,
 * leads, EIAs, confidence ratings, delivery and closure, business cases and their
 * scrutiny, benefits (planned, re-forecast, realised, corrected), milestones,
 * risks and decisions. The shapes are the domain's event types; the order is one
 * the deciders would allow (mostly: projections must cope with the rest anyway).
 */
export class HistoryGenerator {
  readonly programmes: ProgrammeState[] = [];
  private n = 0;
  readonly random: Random;

  constructor(
    seed: number,
    private readonly options: { programmes: number; prefix?: string },
  ) {
    this.random = prng(seed);
  }

  private id(kind: string): string {
    this.n += 1;
    return `${this.options.prefix ?? 'g'}-${kind}-${this.n}`;
  }

  private date(): string {
    const r = this.random;
    return `${r.int(2005, 2009)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  }

  private metadata(reason?: string): EventMetadata {
    const actor = this.random.pick(ACTORS);
    return { actor, correlationId: randomUUID(), ...(reason ? { reason } : {}) };
  }

  /** The next append; every call returns one. */
  next(): Append {
    const r = this.random;
    if (this.programmes.length < this.options.programmes && (this.programmes.length === 0 || r.chance(0.08))) {
      return this.establish();
    }
    const p = r.pick(this.programmes);
    for (let attempt = 0; attempt < 20; attempt++) {
      const made = this.step(p);
      if (made) return made;
    }
    return this.registerProposal(p);
  }

  private establish(): Append {
    const programmeId = this.id('prog');
    const outcomes = [this.id('outcome'), this.id('outcome')];
    const priority = this.id('priority');
    this.programmes.push({ id: programmeId, outcomes, priorities: [priority], director: null, proposals: [], milestones: [], decisions: [], benefits: [], risks: [] });
    return {
      streamId: `programme-${programmeId}`,
      metadata: this.metadata(),
      events: [
        { type: 'ProgrammeEstablished', data: { programmeId, name: `Programme ${programmeId}`, mission: 'Working together for a safer London', description: this.random.chance(0.5) ? null : 'A programme of change', source: { document: 'Service Review 2005', paragraph: String(this.random.int(1, 60)) } } },
        ...outcomes.map((outcomeId, i) => ({ type: 'StrategicOutcomeDefined' as const, data: { programmeId, outcomeId, title: `Outcome ${i + 1} of ${programmeId}`, description: null } })),
        { type: 'StrategicPriorityDefined', data: { programmeId, priorityId: priority, title: 'Citizen focus', description: 'Put the citizen first' } },
      ],
    };
  }

  private registerProposal(p: ProgrammeState): Append {
    const r = this.random;
    const proposalId = this.id('prop');
    p.proposals.push({ id: proposalId, programmeId: p.id, status: 'registered', consultationOpen: false, lead: null, caseVersions: 0, pendingCase: null, self: null, independent: null });
    return {
      streamId: `proposal-${proposalId}`,
      metadata: this.metadata(),
      events: [
        {
          type: 'ProposalRegistered',
          data: {
            proposalId,
            programmeId: p.id,
            title: `Proposal ${proposalId} — “${r.pick(['Safer Neighbourhoods', 'Counter-terrorism', 'Custody', 'Call handling', 'Estates'])}”`,
            aims: 'Better outcomes for Londoners',
            source: { document: 'Service Review 2005', paragraph: r.chance(0.3) ? null : String(r.int(1, 60)) },
            outcomeIds: p.outcomes.filter(() => r.chance(0.5)),
            priorityIds: r.chance(0.5) ? [...p.priorities] : [],
          },
        },
      ],
    };
  }

  /** One random step on programme `p`, or null when the chosen step does not apply. */
  private step(p: ProgrammeState): Append | null {
    const r = this.random;
    const roll = r.next();
    const proposal = p.proposals.length > 0 ? r.pick(p.proposals) : null;
    const stream = (id: string) => `proposal-${id}`;
    if (roll < 0.1 || !proposal) return this.registerProposal(p);
    if (roll < 0.14) {
      if (r.chance(0.5)) {
        const outcomeId = this.id('outcome');
        p.outcomes.push(outcomeId);
        return { streamId: `programme-${p.id}`, metadata: this.metadata(), events: [{ type: 'StrategicOutcomeDefined', data: { programmeId: p.id, outcomeId, title: `Outcome ${outcomeId}`, description: null } }] };
      }
      const person = r.pick(LEADS);
      const previousDirector = p.director;
      p.director = { personId: person.leadId, name: person.leadName };
      return {
        streamId: `programme-${p.id}`,
        metadata: this.metadata(previousDirector ? 'Director moved on' : undefined),
        events: [{ type: 'ProgrammeDirectorAppointed', data: { programmeId: p.id, personId: person.leadId, name: person.leadName, effectiveDate: this.date(), previousDirector } }],
      };
    }
    if (roll < 0.4) return this.proposalStep(proposal, stream(proposal.id));
    if (roll < 0.5) return this.businessCaseStep(proposal);
    if (roll < 0.64) return this.benefitStep(p, proposal);
    if (roll < 0.76) return this.milestoneStep(p, proposal);
    if (roll < 0.9) return this.riskStep(p, proposal);
    return this.decisionStep(p, proposal);
  }

  private proposalStep(x: ProposalState, streamId: string): Append | null {
    const r = this.random;
    const one = (event: AnyDomainEvent, reason?: string): Append => ({ streamId, metadata: this.metadata(reason), events: [event] });
    const proposalId = x.id;
    switch (r.int(0, 8)) {
      case 0:
        if (x.status !== 'registered' || x.consultationOpen) return null;
        x.status = 'in-consultation';
        x.consultationOpen = true;
        return one({ type: 'ConsultationOpened', data: { proposalId, opensOn: '2006-01-09', closesOn: '2006-03-31', consultees: ['MPA', 'Federation', 'Unison'].filter(() => r.chance(0.7)), description: 'Public consultation' } });
      case 1:
        if (!x.consultationOpen) return null;
        x.consultationOpen = false;
        return one({ type: 'ConsultationClosed', data: { proposalId, closedOn: this.date(), summary: 'Broad support, concerns on staffing' } });
      case 2: {
        if (!['registered', 'in-consultation'].includes(x.status)) return null;
        const outcome = r.int(0, 2);
        if (outcome === 0) {
          x.status = 'agreed';
          return one({ type: 'ProposalAgreed', data: { proposalId, forum: r.pick(FORUMS), decisionDate: this.date(), meeting: 'Full Authority', meetingId: null, minuteReference: `MPA/${r.int(1, 999)}`, conditions: r.chance(0.3) ? ['Report back in 6 months'] : [], followUp: null } });
        }
        if (outcome === 1) {
          x.status = 'not-taken-forward';
          return one({ type: 'ProposalNotTakenForward', data: { proposalId, reasonCode: r.pick(NOT_TAKEN_FORWARD_REASONS), rationale: 'Better done elsewhere', decisionDate: this.date() } });
        }
        x.status = 'deferred';
        return one({ type: 'ProposalDeferred', data: { proposalId, decisionDate: this.date(), until: r.chance(0.5) ? this.date() : null, reasonCode: r.pick(NOT_TAKEN_FORWARD_REASONS), rationale: 'Awaiting the spending review' } });
      }
      case 3: {
        if (x.status !== 'not-taken-forward' && x.status !== 'deferred') return null;
        const previousStatus = x.status;
        x.status = 'registered';
        return one({ type: 'ProposalReopened', data: { proposalId, reopenedOn: this.date(), reason: 'New funding', previousStatus } }, 'New funding');
      }
      case 4: {
        const lead = r.pick(LEADS);
        const previousLead = x.lead;
        const reason = previousLead ? 'Portfolio moved' : null;
        x.lead = { id: lead.leadId, name: lead.leadName };
        return one({ type: 'LeadAssigned', data: { proposalId, ...lead, effectiveDate: this.date(), previousLead, reason } }, reason ?? undefined);
      }
      case 5: {
        const impacts = Object.fromEntries(PROTECTED_CHARACTERISTICS.map((c) => [c, r.pick(['positive', 'negative', 'neutral'] as const)])) as Record<ProtectedCharacteristic, EqualityImpact>;
        return one({ type: 'EqualityImpactAssessed', data: { proposalId, assessmentId: this.id('eia'), screeningOutcome: r.chance(0.5) ? 'full-assessment-required' : 'no-significant-impact', impacts, evidence: 'Workforce data', mitigation: r.chance(0.5) ? null : 'Phased roll-out', reviewDate: this.date(), assessedOn: this.date() } });
      }
      case 6: {
        const assessment = r.chance(0.6) ? 'self' : 'independent';
        const rating = r.pick(DELIVERY_CONFIDENCE_RATINGS);
        const previousRating = (assessment === 'self' ? x.self : x.independent) as (typeof DELIVERY_CONFIDENCE_RATINGS)[number] | null;
        if (assessment === 'self') x.self = rating;
        else x.independent = rating;
        return one({ type: 'DeliveryConfidenceAssessed', data: { proposalId, rating, assessment, commentary: 'On track, with caveats', assessedOn: this.date(), assessorName: assessment === 'self' ? (x.lead?.name ?? 'Tim Godwin') : 'OGC Gateway', previousRating } });
      }
      case 7:
        if (x.status !== 'agreed' || !x.lead) return null;
        x.status = 'in-delivery';
        return one({ type: 'ProposalDeliveryStarted', data: { proposalId, startedOn: this.date() } });
      default:
        if (x.status !== 'in-delivery' || r.chance(0.7)) return null;
        x.status = 'closed';
        return one({ type: 'ProposalClosed', data: { proposalId, closedOn: this.date(), reason: 'Delivered' } }, 'Delivered');
    }
  }

  private businessCaseStep(x: ProposalState): Append | null {
    const r = this.random;
    const streamId = `business-case-${x.id}`;
    if (x.pendingCase) {
      const { version, stage } = x.pendingCase;
      x.pendingCase = null;
      if (r.chance(0.6)) {
        return { streamId, metadata: this.metadata(), events: [{ type: 'BusinessCaseApproved', data: { proposalId: x.id, stage, version, conditions: r.chance(0.3) ? ['Benefits to be re-baselined'] : [], meeting: 'Investment Board', forum: null, meetingId: null, decisionDate: this.date(), followUp: null } }] };
      }
      return { streamId, metadata: this.metadata('Weak economic case'), events: [{ type: 'BusinessCaseReturned', data: { proposalId: x.id, stage, version, comments: 'Strengthen the economic case', meeting: 'Investment Board', forum: null, meetingId: null, decisionDate: this.date() } }] };
    }
    x.caseVersions += 1;
    const stage = (['SOC', 'OBC', 'FBC'] as const)[Math.min(2, x.caseVersions - 1)];
    x.pendingCase = { version: x.caseVersions, stage };
    const years = YEARS.filter(() => r.chance(0.6));
    return {
      streamId,
      metadata: this.metadata(),
      events: [
        {
          type: 'BusinessCaseSubmitted',
          data: {
            proposalId: x.id,
            stage,
            version: x.caseVersions,
            sections: { strategic: 'Why', economic: 'Value for money', commercial: 'Procurement', financial: 'Affordability', management: 'Delivery' },
            investment: years.map((financialYear) => ({ financialYear, amountPence: r.int(1, 500) * 100_000_00 })),
            wholeLifeCostPence: r.int(1, 2000) * 100_000_00,
            anticipatedBenefits: [{ description: 'Fewer burglaries', amountPence: r.chance(0.5) ? null : r.int(1, 100) * 10_000_00 }],
            submittedBy: x.lead?.name ?? 'Pat Office',
            submittedOn: this.date(),
          },
        },
      ],
    };
  }

  private benefitStep(p: ProgrammeState, x: ProposalState): Append | null {
    const r = this.random;
    if (p.benefits.length === 0 || r.chance(0.3)) {
      const benefitId = this.id('benefit');
      const cash = r.chance(0.6);
      const schedule = YEARS.slice(r.int(0, 2)).map((period) => ({ period, plannedValue: r.int(1, 100) * (cash ? 10_000_00 : 10) }));
      p.benefits.push({ id: benefitId, schedule, realised: new Map() });
      return {
        streamId: `benefit-${benefitId}`,
        metadata: this.metadata(),
        events: [
          {
            type: 'BenefitPlanned',
            data: {
              benefitId,
              proposalId: r.chance(0.15) ? null : x.id,
              programmeId: p.id,
              description: cash ? 'Cashable savings' : 'Officer hours released',
              observableOutcome: 'Lower cost',
              measure: cash ? 'Savings' : 'Hours',
              unit: cash ? 'GBP-pence' : 'hours',
              attribution: 'Finance',
              cashReleasing: cash && r.chance(0.7),
              quantitative: true,
              isDisbenefit: r.chance(0.1),
              ownerId: 'lead-tg',
              ownerName: 'Tim Godwin',
              baseline: 0,
              target: schedule.reduce((t, s) => t + s.plannedValue, 0),
              fullYearValue: r.chance(0.5) ? null : r.int(1, 100) * 10_000_00,
              schedule,
              scheduleKind: 'per-period',
              plannedOn: r.chance(0.5) ? this.date() : null,
            },
          },
        ],
      };
    }
    const b = r.pick(p.benefits);
    const streamId = `benefit-${b.id}`;
    const kind = r.int(0, 2);
    if (kind === 0) {
      const previousSchedule = b.schedule;
      b.schedule = previousSchedule.map((s) => ({ ...s, plannedValue: Math.max(0, s.plannedValue + r.int(-20, 20) * 1000) }));
      return { streamId, metadata: this.metadata('Slower roll-out'), events: [{ type: 'BenefitReforecast', data: { benefitId: b.id, schedule: b.schedule, previousSchedule, reason: 'Slower roll-out', reforecastOn: r.chance(0.5) ? this.date() : null } }] };
    }
    const unrealised = b.schedule.filter((s) => !b.realised.has(s.period));
    if (kind === 1 && unrealised.length > 0) {
      const period = unrealised[0].period;
      const actual = r.int(0, 120) * 1000;
      b.realised.set(period, actual);
      return { streamId, metadata: this.metadata(), events: [{ type: 'BenefitRealised', data: { benefitId: b.id, period, actual, forecastRemaining: r.chance(0.5) ? null : r.int(0, 100) * 1000, evidence: 'Ledger extract', commentary: r.chance(0.5) ? null : 'As expected', reportedBy: 'Tim Godwin' } }] };
    }
    const realised = [...b.realised.entries()];
    if (realised.length === 0) return null;
    const [period, previousActual] = r.pick(realised);
    const actual = previousActual + r.int(-10, 10) * 1000;
    b.realised.set(period, actual);
    return { streamId, metadata: this.metadata('Audit adjustment'), events: [{ type: 'BenefitRealisationCorrected', data: { benefitId: b.id, period, actual, previousActual, reason: 'Audit adjustment' } }] };
  }

  private milestoneStep(p: ProgrammeState, x: ProposalState): Append | null {
    const r = this.random;
    const streamId = `delivery-plan-${p.id}`;
    const open = p.milestones.filter((m) => !m.achieved);
    if (p.milestones.length === 0 || r.chance(0.35)) {
      const milestoneId = this.id('ms');
      const predecessors = p.milestones.filter(() => r.chance(0.2)).map((m) => m.id).slice(0, 3);
      const baselineDate = this.date();
      p.milestones.push({ id: milestoneId, forecast: baselineDate, predecessors, achieved: false });
      return { streamId, metadata: this.metadata(), events: [{ type: 'MilestonePlanned', data: { programmeId: p.id, milestoneId, proposalId: r.chance(0.2) ? null : x.id, title: `Milestone ${milestoneId}`, baselineDate, predecessorIds: predecessors, plannedOn: r.chance(0.5) ? this.date() : null } }] };
    }
    if (open.length === 0) return null;
    const m = r.pick(open);
    switch (r.int(0, 2)) {
      case 0: {
        const previousForecastDate = m.forecast;
        m.forecast = this.date();
        return { streamId, metadata: this.metadata('Supplier delay'), events: [{ type: 'MilestoneRescheduled', data: { programmeId: p.id, milestoneId: m.id, forecastDate: m.forecast, previousForecastDate, reason: 'Supplier delay', rescheduledOn: r.chance(0.5) ? this.date() : null } }] };
      }
      case 1:
        m.achieved = true;
        return { streamId, metadata: this.metadata(), events: [{ type: 'MilestoneAchieved', data: { programmeId: p.id, milestoneId: m.id, achievedOn: this.date() } }] };
      default: {
        const previousPredecessorIds = m.predecessors;
        m.predecessors = p.milestones.filter((o) => o.id !== m.id && r.chance(0.2)).map((o) => o.id).slice(0, 3);
        return { streamId, metadata: this.metadata(), events: [{ type: 'MilestoneDependenciesChanged', data: { programmeId: p.id, milestoneId: m.id, predecessorIds: m.predecessors, previousPredecessorIds } }] };
      }
    }
  }

  private riskStep(p: ProgrammeState, x: ProposalState): Append | null {
    const r = this.random;
    const open = p.risks.filter((k) => k.open);
    if (open.length === 0 || r.chance(0.35)) {
      const riskId = this.id('risk');
      const [likelihood, impact, residualLikelihood, residualImpact] = [r.int(1, 5), r.int(1, 5), r.int(1, 3), r.int(1, 3)];
      p.risks.push({ id: riskId, score: likelihood * impact, residual: residualLikelihood * residualImpact, open: true });
      const kind = r.chance(0.8) ? 'threat' : 'opportunity';
      return {
        streamId: `risk-${riskId}`,
        metadata: this.metadata(),
        events: [
          {
            type: 'RiskRaised',
            data: {
              riskId, programmeId: p.id, proposalId: r.chance(0.3) ? null : x.id, kind, category: r.pick(['risk', 'issue', 'assumption', 'dependency'] as const),
              title: `Risk ${riskId}`, cause: 'Recruitment freeze', event: 'Teams not staffed', effect: 'Delay', ownerName: 'Tim Godwin',
              likelihood, impact, score: likelihood * impact, proximity: 'within 6 months', response: kind === 'threat' ? 'reduce' : 'exploit',
              actions: ['Recruit PCSOs'], residualLikelihood, residualImpact, residualScore: residualLikelihood * residualImpact, raisedOn: this.date(),
            },
          },
        ],
      };
    }
    const k = r.pick(open);
    if (r.chance(0.25)) {
      k.open = false;
      return { streamId: `risk-${k.id}`, metadata: this.metadata('Mitigated'), events: [{ type: 'RiskClosed', data: { riskId: k.id, reason: 'Mitigated', closedOn: this.date() } }] };
    }
    const [likelihood, impact, residualLikelihood, residualImpact] = [r.int(1, 5), r.int(1, 5), r.int(1, 3), r.int(1, 3)];
    const previousScore = k.score;
    const previousResidualScore = k.residual;
    k.score = likelihood * impact;
    k.residual = residualLikelihood * residualImpact;
    return {
      streamId: `risk-${k.id}`,
      metadata: this.metadata('Quarterly review'),
      events: [{ type: 'RiskReassessed', data: { riskId: k.id, likelihood, impact, score: k.score, residualLikelihood, residualImpact, residualScore: k.residual, previousScore, previousResidualScore, reason: 'Quarterly review', reassessedOn: this.date() } }],
    };
  }

  private decisionStep(p: ProgrammeState, x: ProposalState): Append {
    const r = this.random;
    const decisionId = this.id('dec');
    const supersedesDecisionId = p.decisions.length > 0 && r.chance(0.2) ? r.pick(p.decisions) : null;
    p.decisions.push(decisionId);
    return {
      streamId: `decision-log-${p.id}`,
      metadata: this.metadata(),
      events: [
        {
          type: 'DecisionRecorded',
          data: {
            programmeId: p.id, decisionId, forum: r.pick(FORUMS), decisionDate: this.date(), subject: `Decision on ${x.id}`,
            proposalId: r.chance(0.7) ? x.id : null, outcome: r.pick(['approve', 'approve-with-conditions', 'reject', 'defer'] as const),
            rationale: 'Value for money', conditions: [], minuteReference: `MB/${r.int(1, 500)}`,
            evidence: r.chance(0.5) ? [{ kind: 'business-case', ref: x.id, version: Math.max(1, x.caseVersions) }] : [], supersedesDecisionId, meetingId: null, followUp: null,
          },
        },
      ],
    };
  }
}

/** Appends one generated batch with expected version `any` (the shapes are the domain's). */
export function appendGenerated(store: EventStore, append: Append) {
  return store.append(append.streamId, append.events.map((event) => ({ eventId: randomUUID(), event })), 'any', append.metadata);
}

/**
 * Appends at least `count` generated events, `concurrency` appends at a time
 * (so transactions commit out of position order, as in production). Returns how many.
 */
export async function appendHistory(store: EventStore, generator: HistoryGenerator, count: number, concurrency = 4): Promise<number> {
  let appended = 0;
  const worker = async () => {
    while (appended < count) {
      const next = generator.next();
      appended += next.events.length;
      await appendGenerated(store, next);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return appended;
}

/** The whole global log, in commit order. */
export async function readWholeLog(store: EventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (;;) {
    const last = all[all.length - 1];
    const page = await store.readAll({ after: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : undefined, limit: 5000 });
    all.push(...page);
    if (page.length < 5000) return all;
  }
}

/** Anything with pg's query(): a Pool or a Client. */
interface SqlRunner {
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Moves the server's transaction-id counter to `margin` below the next power of
 * ten (999 → 1000, 9999 → 10000, …), so the history appended next straddles it:
 * xids then differ in their number of digits, and any reader that orders them
 * as text rather than as numbers ('1000' < '999') skips or misorders events.
 * Burns ids cheaply as sub-transactions of DO blocks, in chunks (so no long
 * transaction holds back the other tests' readers). Returns the boundary, or
 * null when it is more than `maxBurn` ids away (a long-lived server): then the
 * history simply does not straddle one.
 */
export async function straddleXidDigitBoundary(pool: SqlRunner, margin = 1000, maxBurn = 1_000_000): Promise<bigint | null> {
  const current = BigInt(String((await pool.query(`SELECT pg_current_xact_id()::text AS xid`)).rows[0].xid));
  let boundary = 10n ** BigInt(current.toString().length);
  if (boundary - current <= BigInt(margin)) boundary *= 10n;
  let burn = boundary - current - BigInt(margin);
  if (burn > BigInt(maxBurn)) return null;
  while (burn > 0n) {
    const chunk = burn < 20_000n ? burn : 20_000n;
    await pool.query(`
      DO $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS xid_burn (n int) ON COMMIT DROP;
        FOR i IN 1..${chunk} LOOP
          BEGIN
            INSERT INTO xid_burn VALUES (i);
          EXCEPTION WHEN others THEN NULL;
          END;
        END LOOP;
      END $$`);
    burn -= chunk;
  }
  return boundary;
}
