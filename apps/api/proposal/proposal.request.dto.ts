import { PersonIdField } from '../http/person-fields';
import { DELIVERY_CONFIDENCE_ASSESSMENTS, DELIVERY_CONFIDENCE_RATINGS, EQUALITY_IMPACTS, NOT_TAKEN_FORWARD_REASONS, SCREENING_OUTCOMES, type DeliveryConfidenceAssessment, type DeliveryConfidenceRating, type EqualityImpact, type NotTakenForwardReason, type ScreeningOutcome } from '@ledger/proposal';
import { FORUMS, type Forum } from '@ledger/kernel';
import { ConditionFollowUpDto, ConditionFollowUpField, TakenAtMeetingField } from '../action/action.request.dto';
import { CommandRequestDto } from '../http/command-request.dto';
import { SourceReferenceDto } from '../programme/programme.request.dto';
import { CalendarDateField, EnumField, LedgerIdField, LedgerIdsField, NestedField, TextField, TextsField } from '../http/fields';

const TEXT = 5000;
const NAME = 200;
const LIST = 50;

export class RegisterProposalRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'safer-neighbourhoods',
    optional: true,
  })
  proposalId?: string;

  @TextField({
    max: 300,
    example: 'Safer Neighbourhoods',
    say: { missing: 'Enter the proposal’s title', tooLong: 'Keep the title to 300 characters or fewer' },
  })
  title: string;

  @TextField({
    max: TEXT,
    example: 'A dedicated neighbourhood team in every ward of London by April 2007.',
    say: { missing: 'Say what the proposal aims to achieve', tooLong: 'Keep the aims to 5,000 characters or fewer' },
  })
  aims: string;

  @NestedField(() => SourceReferenceDto, { say: { missing: 'Say which document the proposal comes from' } })
  source: SourceReferenceDto;

  @LedgerIdsField({
    max: LIST,
    min: 1,
    unique: true,
    description: 'Ids of the programme’s strategic outcomes the proposal supports (at least one).',
    example: ['communities-feel-safer'],
    say: {
      tooFew: 'Choose at least one strategic outcome this proposal supports',
      invalid: 'Choose strategic outcomes from the programme’s list, each once',
      tooLong: 'Choose at most 50 strategic outcomes',
    },
  })
  outcomeIds: string[];

  @LedgerIdsField({
    max: LIST,
    unique: true,
    description: 'Ids of the programme’s strategic priorities the proposal supports.',
    example: ['neighbourhood-policing'],
    say: {
      missing: 'Give the strategic priorities this proposal supports as a list (it may be empty)',
      invalid: 'Choose strategic priorities from the programme’s list, each once',
      tooLong: 'Choose at most 50 strategic priorities',
    },
  })
  priorityIds: string[];
}

export class OpenConsultationRequestDto extends CommandRequestDto {
  @CalendarDateField({ description: 'Calendar date the consultation opens', example: '2005-10-03' })
  opensOn: string;

  @CalendarDateField({ description: 'Calendar date it closes (not before opensOn)', example: '2005-12-16' })
  closesOn: string;

  @TextsField({
    max: NAME,
    minItems: 1,
    maxItems: 100,
    example: ['Metropolitan Police Federation', 'London boroughs', 'Community safety partnerships'],
  })
  consultees: string[];

  @TextField({ max: TEXT, example: 'Consultation on rolling out Safer Neighbourhoods teams to every ward.' })
  description: string;
}

export class CloseConsultationRequestDto extends CommandRequestDto {
  @CalendarDateField({ description: 'Calendar date the consultation closed', example: '2005-12-16' })
  closedOn: string;

  @TextField({
    max: TEXT,
    example: 'Broad support from boroughs; the Federation asked for a staffing review.',
  })
  summary: string;
}

export class AgreeProposalRequestDto extends CommandRequestDto {
  @EnumField(FORUMS, { example: 'Authority' })
  forum: Forum;

  @CalendarDateField({ description: 'Calendar date of the decision', example: '2005-09-29' })
  decisionDate: string;

  @TextField({ max: 300, example: 'Metropolitan Police Authority, full Authority meeting' })
  meeting: string;

  @TextField({ max: 100, example: 'MPA 29/09/05 item 5' })
  minuteReference: string;

  @TextsField({
    max: 2000,
    maxItems: LIST,
    description: 'Empty or absent for an unconditional agreement.',
    example: ['Business case to the Finance and Resources Committee'],
    optional: true,
  })
  conditions?: string[];

  @TakenAtMeetingField()
  meetingId?: string;

  @ConditionFollowUpField()
  followUp?: ConditionFollowUpDto;
}

export class NotTakeProposalForwardRequestDto extends CommandRequestDto {
  @EnumField(NOT_TAKEN_FORWARD_REASONS, { example: 'too-bureaucratic' })
  reasonCode: NotTakenForwardReason;

  @TextField({ max: TEXT, example: 'Would add a layer of reporting without improving the service.' })
  rationale: string;

  @CalendarDateField({ description: 'Calendar date of the decision', example: '2005-09-29' })
  decisionDate: string;
}

export class DeferProposalRequestDto extends CommandRequestDto {
  @CalendarDateField({ description: 'Calendar date of the decision', example: '2005-09-29' })
  decisionDate: string;

  @EnumField(NOT_TAKEN_FORWARD_REASONS, {
    example: 'better-elsewhere',
    description: 'Why it waits, from the same list as a proposal not taken forward',
  })
  reasonCode: NotTakenForwardReason;

  @CalendarDateField({
    description: 'Calendar date to revisit it, if one was set',
    example: '2006-04-01',
    optional: true,
    nullable: true,
  })
  until?: string | null;

  @TextField({ max: TEXT, example: 'Await the outcome of the national review of force structures.' })
  rationale: string;
}

/** Re-opening a decided idea must say why: the reason is part of the command, not only metadata. */
export class ReopenProposalRequestDto {
  @CalendarDateField({ description: 'Calendar date it was reopened', example: '2006-06-01' })
  reopenedOn: string;

  @TextField({
    max: 2000,
    description: 'Why the proposal is reopened (required); also recorded with the event.',
    example: 'The national review concluded; the Authority asked for the proposal to be reconsidered.',
  })
  reason: string;
}

/** The reason is part of the command: the rules require one for a reassignment. */
export class AssignLeadRequestDto {
  @PersonIdField({ example: 'person-tim-godwin' })
  leadId: string;

  @TextField({ max: NAME, example: 'Tim Godwin' })
  leadName: string;

  @TextField({ max: NAME, example: 'Assistant Commissioner, Territorial Policing' })
  leadRole: string;

  @CalendarDateField({ description: 'Calendar date the lead becomes accountable', example: '2005-10-01' })
  effectiveDate: string;

  @TextField({
    max: 2000,
    description: 'Why; required when the proposal already has a lead (a reassignment).',
    example: 'Portfolio moved to Territorial Policing',
    optional: true,
  })
  reason?: string;
}

/** The impact on each protected characteristic of the Equality Act 2010: all nine are stated. */
export class EqualityImpactsDto {
  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  age: EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  disability: EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  'gender-reassignment': EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  'marriage-and-civil-partnership': EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  'pregnancy-and-maternity': EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'positive' })
  race: EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  'religion-or-belief': EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  sex: EqualityImpact;

  @EnumField(EQUALITY_IMPACTS, { example: 'neutral' })
  'sexual-orientation': EqualityImpact;
}

export class AssessEqualityImpactRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'eia-safer-neighbourhoods-2006',
    optional: true,
  })
  assessmentId?: string;

  @EnumField(SCREENING_OUTCOMES, { example: 'full-assessment-required' })
  screeningOutcome: ScreeningOutcome;

  @NestedField(() => EqualityImpactsDto)
  impacts: EqualityImpactsDto;

  @TextField({ max: TEXT, example: 'Ward panel surveys and borough community consultation, 2005.' })
  evidence: string;

  @TextField({
    max: TEXT,
    description: 'Required when any impact is negative.',
    example: 'Recruit PCSOs from the communities each ward serves.',
    optional: true,
    nullable: true,
  })
  mitigation?: string | null;

  @CalendarDateField({
    description: 'Calendar date to review the assessment (not before assessedOn)',
    example: '2007-04-01',
  })
  reviewDate: string;

  @CalendarDateField({ description: 'Calendar date of the assessment', example: '2006-04-10' })
  assessedOn: string;
}

export class AssessDeliveryConfidenceRequestDto extends CommandRequestDto {
  @EnumField(DELIVERY_CONFIDENCE_RATINGS, { example: 'amber-green' })
  rating: DeliveryConfidenceRating;

  @EnumField(DELIVERY_CONFIDENCE_ASSESSMENTS, {
    description: "'self' is the lead's own rating, 'independent' a reviewer's; both are kept.",
    example: 'self',
  })
  assessment: DeliveryConfidenceAssessment;

  @TextField({ max: TEXT, example: 'Ward teams in 440 of 630 wards; PCSO recruitment on plan.' })
  commentary: string;

  @CalendarDateField({ description: 'Calendar date of the assessment', example: '2006-09-30' })
  assessedOn: string;

  @TextField({ max: NAME, example: 'Tim Godwin' })
  assessorName: string;
}

export class StartDeliveryRequestDto extends CommandRequestDto {
  @CalendarDateField({
    description: 'Calendar date delivery started (not before the agreement)',
    example: '2006-04-01',
  })
  startedOn: string;
}

/** Closing a proposal must say why: the reason is part of the command, not only metadata. */
export class CloseProposalRequestDto {
  @CalendarDateField({ description: 'Calendar date it was closed', example: '2008-03-31' })
  closedOn: string;

  @TextField({
    max: 2000,
    description: 'Why the proposal is closed (required); also recorded with the event.',
    example: 'A Safer Neighbourhoods team is in place in every ward; handed over to business as usual.',
  })
  reason: string;
}

/** The aims, outcomes and objectives as they should now read: at least one must change; the reason is required. */
export class AmendProposalAimsRequestDto {
  @TextField({ max: TEXT, example: 'A dedicated neighbourhood team in every ward of London by April 2007, working to the 2006/07 plan’s objectives.' })
  aims: string;

  @LedgerIdsField({
    max: LIST,
    unique: true,
    description: 'Ids of the programme’s strategic outcomes the proposal supports (at least one).',
    example: ['confident-communities'],
  })
  outcomeIds: string[];

  @LedgerIdsField({
    max: LIST,
    unique: true,
    description: 'Ids of the plan objectives the proposal serves (may be empty). A new link may not be made to an objective under a retired priority.',
    example: ['increase-detections'],
  })
  objectiveIds: string[];

  @CalendarDateField({ description: 'Calendar date the amendment takes effect', example: '2006-04-01' })
  amendedOn: string;

  @TextField({
    max: 2000,
    description: 'Why the aims or links change (required); also recorded with the event.',
    example: 'The 2006/07 policing plan sets objectives this proposal serves.',
  })
  reason: string;
}
