import type { StoredEvent } from '@ledger/platform/event-store';

/** A name the audit history uses for an id, and where that thing belongs. */
export interface Label {
  label: string;
  programmeId: string | null;
  proposalId: string | null;
  /** A benefit's unit, so amounts read as pounds or hours. */
  unit?: string | null;
}

type Labels = (key: string) => Label | undefined;
type Data = Record<string, any>;

// Formatters are built once: toLocaleString builds one per call, which dominated rebuilds.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const PENNIES = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const NUMBER = new Intl.NumberFormat('en-GB');
const pounds = (pence: number) => `£${(pence % 100 === 0 ? WHOLE : PENNIES).format(pence / 100)}`;

/** The labels an event defines (a proposal's title when it is registered, …). */
export function subjectOf(event: StoredEvent, labels: Labels): [string, Label][] {
  const d = event.data as Data;
  switch (event.type) {
    case 'ProgrammeEstablished':
      return [[`programme:${d.programmeId}`, { label: d.name, programmeId: d.programmeId, proposalId: null }]];
    case 'ProposalRegistered':
      return [[`proposal:${d.proposalId}`, { label: d.title, programmeId: d.programmeId, proposalId: d.proposalId }]];
    case 'BenefitPlanned':
      return [[`benefit:${d.benefitId}`, { label: d.description, programmeId: d.programmeId, proposalId: d.proposalId ?? null, unit: d.unit }]];
    case 'RiskRaised':
      return [[`risk:${d.riskId}`, { label: d.title, programmeId: d.programmeId, proposalId: d.proposalId ?? null }]];
    case 'MilestonePlanned':
      return [[`milestone:${d.programmeId}/${d.milestoneId}`, { label: d.title, programmeId: d.programmeId, proposalId: d.proposalId ?? null }]];
    default:
      void labels;
      return [];
  }
}

const DATE_FIELDS = [
  'decisionDate', 'effectiveDate', 'assessedOn', 'opensOn', 'closedOn', 'submittedOn', 'achievedOn',
  'startedOn', 'reopenedOn', 'raisedOn', 'reassessedOn', 'forecastDate', 'baselineDate',
  'adoptedOn', 'definedOn', 'rewordedOn', 'retiredOn', 'assignedOn', 'reportedOn', 'correctedOn',
];

/** The calendar date the fact took effect in the world, where the event has one. */
export function effectiveDateOf(event: StoredEvent): string | null {
  const d = event.data as Data;
  for (const field of DATE_FIELDS) {
    if (typeof d[field] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d[field])) return d[field];
  }
  return null;
}

/** One readable sentence per event: what happened, to what, by whom, and why. */
export function describeEvent(event: StoredEvent, labels: Labels): string {
  const d = event.data as Data;
  const actor = event.metadata.actor;
  const by = `by ${actor?.name ?? actor?.id ?? 'unknown'}${actor?.role ? ` (${actor.role})` : ''}`;
  const reasonText = d.reason ?? event.metadata.reason;
  const why = reasonText ? `, reason: ${reasonText}` : '';
  const name = (kind: string, id: unknown) => (id ? (labels(`${kind}:${id}`)?.label ?? String(id)) : '');
  const proposal = name('proposal', d.proposalId);
  const programme = name('programme', d.programmeId);
  const benefit = name('benefit', d.benefitId);
  const risk = name('risk', d.riskId);
  const milestone = d.milestoneId ? (labels(`milestone:${d.programmeId}/${d.milestoneId}`)?.label ?? d.milestoneId) : '';
  const unit = labels(`benefit:${d.benefitId}`)?.unit;
  const amount = (value: number) => (unit === 'GBP-pence' ? pounds(value) : `${NUMBER.format(value)}${unit ? ` ${unit}` : ''}`);

  const text = ((): string => {
    switch (event.type) {
      case 'ProgrammeEstablished': return `Programme "${d.name}" established ${by}`;
      case 'StrategicPriorityDefined': return `Strategic priority "${d.title}" defined for ${programme} ${by}`;
      case 'StrategicOutcomeDefined': return `Strategic outcome "${d.title}" defined for ${programme} ${by}`;
      case 'ProgrammeDirectorAppointed': return `${d.name} appointed programme director of ${programme} from ${d.effectiveDate} ${by}`;
      case 'ProposalRegistered': return `Proposal "${d.title}" registered in ${programme} ${by}`;
      case 'ConsultationOpened': return `Consultation on ${proposal} opened (${d.opensOn} to ${d.closesOn}) ${by}`;
      case 'ConsultationClosed': return `Consultation on ${proposal} closed on ${d.closedOn} ${by}`;
      case 'ProposalAgreed': return `${proposal} agreed by the ${d.forum} at ${d.meeting} on ${d.decisionDate} (minute ${d.minuteReference}), recorded ${by}`;
      case 'ProposalNotTakenForward': return `${proposal} not taken forward (${d.reasonCode}): ${d.rationale}, recorded ${by}`;
      case 'ProposalReopened': return `${proposal} reopened ${by}`;
      case 'ProposalDeferred': return `${proposal} deferred${d.until ? ` until ${d.until}` : ''} (${d.reasonCode ?? 'other'}): ${d.rationale}, recorded ${by}`;
      case 'LeadAssigned':
        return `${d.leadRole ? `${d.leadRole} ` : ''}${d.leadName} assigned as lead of ${proposal}${d.previousLead ? ` (replacing ${d.previousLead.name})` : ''} ${by}`;
      case 'EqualityImpactAssessed': return `Equality impact of ${proposal} assessed (${d.screeningOutcome}) ${by}`;
      case 'DeliveryConfidenceAssessed': return `Delivery confidence in ${proposal} rated ${d.rating} (${d.assessment === 'self' ? "lead's own" : 'independent'} assessment by ${d.assessorName}) ${by}`;
      case 'ProposalDeliveryStarted': return `Delivery of ${proposal} started on ${d.startedOn} ${by}`;
      case 'ProposalClosed': return `${proposal} closed on ${d.closedOn} ${by}`;
      case 'ProposalAimsAmended': return `Aims of ${proposal} amended on ${d.amendedOn} (outcomes: ${d.outcomeIds?.join(', ')}; objectives: ${d.objectiveIds?.length ? d.objectiveIds.join(', ') : 'none'}) ${by}`;
      case 'BusinessCaseSubmitted': return `${d.stage} business case v${d.version} for ${proposal} submitted (whole-life cost ${pounds(d.wholeLifeCostPence)}) ${by}`;
      case 'BusinessCaseApproved': return `${d.stage} business case v${d.version} for ${proposal} approved at ${d.meeting} on ${d.decisionDate}, recorded ${by}`;
      case 'BusinessCaseReturned': return `${d.stage} business case v${d.version} for ${proposal} returned with comments at ${d.meeting}: ${d.comments}, recorded ${by}`;
      case 'BenefitPlanned': return `Benefit "${d.description}" planned for ${proposal || programme} (target ${d.unit === 'GBP-pence' ? pounds(d.target) : `${d.target} ${d.unit}`}) ${by}`;
      case 'BenefitReforecast': return `Benefit "${benefit}" re-forecast ${by}`;
      case 'BenefitRealised': return `Benefit "${benefit}" realised ${amount(d.actual)} for ${d.period}, reported ${by}`;
      case 'BenefitObjectivesLinked': return `Benefit "${benefit}" linked to objectives ${d.objectiveIds?.length ? d.objectiveIds.join(', ') : 'none'} from ${d.linkedOn} ${by}`;
      case 'BenefitRealisationCorrected': return `Realisation of "${benefit}" for ${d.period} corrected from ${amount(d.previousActual)} to ${amount(d.actual)} ${by}`;
      case 'MilestonePlanned': return `Milestone "${d.title}" planned for ${d.baselineDate} ${by}`;
      case 'MilestoneRescheduled': return `Milestone "${milestone}" rescheduled from ${d.previousForecastDate} to ${d.forecastDate} ${by}`;
      case 'MilestoneAchieved': return `Milestone "${milestone}" achieved on ${d.achievedOn}, recorded ${by}`;
      case 'MilestoneDependenciesChanged': return `Dependencies of milestone "${milestone}" changed ${by}`;
      case 'RiskRaised': return `${d.kind === 'opportunity' ? 'Opportunity' : 'Risk'} "${d.title}" raised (score ${d.score}, residual ${d.residualScore}) ${by}`;
      case 'RiskReassessed': return `Risk "${risk}" reassessed: score ${d.previousScore} → ${d.score}, residual ${d.previousResidualScore} → ${d.residualScore} ${by}`;
      case 'RiskClosed': return `Risk "${risk}" closed ${by}`;
      case 'DecisionRecorded': return `${d.forum} decision "${d.subject}" (${d.outcome}) on ${d.decisionDate}${d.supersedesDecisionId ? `, superseding decision ${d.supersedesDecisionId}` : ''}, recorded ${by}`;
      case 'MeetingScheduled': return `${d.forumName} meeting "${d.title}" scheduled for ${d.date} ${by}`;
      case 'AgendaItemAdded': return `"${d.title}" put on the agenda of meeting ${d.meetingId} ${by}`;
      case 'MeetingHeld': return `Meeting ${d.meetingId} held on ${d.heldOn}, recorded ${by}`;
      case 'ActionRaised': return `Action "${d.title}" raised for ${d.owner?.name}, due ${d.dueOn}${d.condition ? ` (condition: ${d.condition})` : ''} ${by}`;
      case 'ActionCompleted': return `Action ${d.actionId} completed on ${d.completedOn} (evidence: ${d.evidence}), recorded ${by}`;
      case 'ActionDropped': return `Action ${d.actionId} dropped on ${d.droppedOn} ${by}`;
      case 'IssueRaised': return `Issue "${d.title}" (${d.severity}) raised${d.riskId ? ` from risk ${risk}` : ''} ${by}`;
      case 'IssueEscalated': return `Issue ${d.issueId} escalated to the ${d.forum} ${by}`;
      case 'IssueResolved': return `Issue ${d.issueId} resolved on ${d.resolvedOn}: ${d.resolution}, recorded ${by}`;
      case 'ReportingDutySet': return `Duty to report "${d.title}" to ${d.forumName} set (${d.dueDates?.join(', ')}) ${by}`;
      case 'ReportReceived': return `Report due ${d.dueOn} under duty ${d.dutyId} received on ${d.receivedOn} (${d.paper}), recorded ${by}`;
      case 'UserRegistered': return `User ${d.username} (${d.name}) registered as ${d.role} ${by}`;
      case 'UserRoleChanged': return `Role of user ${d.username} changed from ${d.previousRole} to ${d.role} ${by}`;
      case 'UserDeactivated': return `User ${d.username} deactivated ${by}`;
      case 'PersonRecorded': return `${d.name} (${d.personId}) recorded in the people directory ${by}`;
      case 'PersonPostRecorded': return `${d.personId} recorded as ${d.post} from ${d.from}${d.to ? ` to ${d.to}` : ''} ${by}`;
      case 'PasswordChanged': return `Password of user ${d.username} changed ${by}`;
      case 'UserSignedIn': return `${actor?.name ?? d.username} signed in as ${d.username} (${d.method}${d.ip ? ` from ${d.ip}` : ''})`;
      case 'SignInFailed': return `Sign-in as "${d.username}" refused: ${d.failure} (${d.method}${d.ip ? ` from ${d.ip}` : ''})`;
      case 'PlanDefined': return `Plan "${d.title}" (${d.firstYear} to ${d.lastYear}) defined for ${programme} ${by}`;
      case 'PriorityDefined': return `Priority "${d.title}" (${d.tier}) defined in plan ${d.planId} ${by}`;
      case 'PriorityReworded': return `Priority "${d.previousTitle}" reworded to "${d.title}" in plan ${d.planId} ${by}`;
      case 'PriorityRetired': return `Priority ${d.priorityId} retired${d.mergedInto ? `, merged into ${d.mergedInto}` : ''} in plan ${d.planId} ${by}`;
      case 'ObjectiveDefined': return `Objective "${d.title}" defined under priority ${d.priorityId}, ${d.accountable.name} accountable ${by}`;
      case 'AccountabilityAssigned': return `${d.accountable.name} made accountable for objective ${d.objectiveId} (replacing ${d.previous.name}) ${by}`;
      case 'IndicatorDefined': return `Indicator "${d.title}" (${d.unit}, ${d.direction}) defined for objective ${d.objectiveId} ${by}`;
      case 'TargetSet': return `Target for ${d.indicatorId} in ${d.period} set to ${NUMBER.format(d.value)}${d.previousValue === null ? '' : ` (was ${NUMBER.format(d.previousValue)})`} ${by}`;
      case 'ActualReported': return `Actual for ${d.indicatorId} in ${d.period} reported as ${NUMBER.format(d.value)} ${by}`;
      case 'ActualCorrected': return `Actual for ${d.indicatorId} in ${d.period} corrected from ${NUMBER.format(d.previousValue)} to ${NUMBER.format(d.value)} ${by}`;
      case 'FundingLineRecorded': return `Funding line "${d.label}" for ${d.year} (${d.kind}${d.source ? `, ${d.source}` : ''}) recorded at ${pounds(d.amountPence)} ${by}`;
      case 'FundingLineRevised': return `Funding line ${d.lineId} revised from ${pounds(d.previousAmountPence)} to ${pounds(d.amountPence)} ${by}`;
      default: return `${event.type} recorded ${by}`;
    }
  })();
  return `${text}${why}`;
}
