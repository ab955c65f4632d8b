// Valid calls of every command the API takes, each request body with all its properties, as an
// integrator writes them with openapi-fetch over types generated (openapi-typescript) from the
// served /docs/openapi.json. Never run: test/api/typed-client.e2e-spec.ts type-checks this file
// against types generated from the document the API serves, and checks that it covers every
// request body's every property. './schema' is those generated types, written beside it there.
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function everyCommand(client = createClient<paths>({ baseUrl: 'http://localhost:3000' })): Promise<void> {
  // Sign in with a username and password in the JSON body (records UserSignedIn, or a known user's SignInFailed)
  await client.POST('/auth/login', {
    body: {
      username: 'mmp-programme-office',
      password: 'the password printed at first start',
    },
  });
  // Register a user with a role and a first password (UserRegistered)
  await client.POST('/users', {
    body: {
      reason: 'Recorded for the integrator',
      password: 'correct horse battery staple',
      username: 'person-tim-godwin',
      name: 'AC Tim Godwin',
      role: 'programme-office',
      personId: 'person-tim-godwin',
    },
  });
  // Change a user's role, with a reason; their sessions end (UserRoleChanged)
  await client.POST('/users/{username}/role-changes', {
    params: { path: { username: 'person-tim-godwin' } },
    body: {
      role: 'programme-office',
      personId: 'person-tim-godwin',
      reason: 'Joined the oversight committee',
    },
  });
  // Deactivate a user, with a reason; they can no longer sign in (UserDeactivated)
  await client.POST('/users/{username}/deactivation', {
    params: { path: { username: 'person-tim-godwin' } },
    body: {
      reason: 'Left the Metropolitan Police Service',
    },
  });
  // Set a user's password (a reset); their sessions end (PasswordChanged)
  await client.POST('/users/{username}/password-changes', {
    params: { path: { username: 'person-tim-godwin' } },
    body: {
      reason: 'Recorded for the integrator',
      password: 'correct horse battery staple',
    },
  });
  // Record a person without an account, e.g. a past post-holder, with the posts they held (PersonRecorded)
  await client.POST('/people', {
    body: {
      reason: 'Recorded for the integrator',
      personId: 'post-programme-director',
      name: 'Programme director (successor to Stephen Rimmer)',
      posts: [{
        post: 'Programme director',
        from: '2007-10-01',
        to: '2009-09-30',
      }],
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '45',
      },
    },
  });
  // Record a further post a recorded person held, with its dates (PersonPostRecorded)
  await client.POST('/people/{personId}/posts', {
    params: { path: { personId: 'post-programme-director' } },
    body: {
      reason: 'Recorded for the integrator',
      post: 'Director of Resources',
      from: '2008-04-01',
      to: '2009-03-31',
    },
  });
  // Establish a programme (ProgrammeEstablished)
  await client.POST('/programmes', {
    body: {
      reason: 'Recorded for the integrator',
      programmeId: 'met-modernisation',
      name: 'Met Modernisation Programme',
      mission: 'Working together for a safer London',
      description: 'What it is about',
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '21',
      },
    },
  });
  // Define a strategic priority (StrategicPriorityDefined)
  await client.POST('/programmes/{programmeId}/strategic-priorities', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      priorityId: 'counter-terrorism',
      title: 'Counter-terrorism, security and protection',
      description: 'What it is about',
    },
  });
  // Define a strategic outcome (StrategicOutcomeDefined)
  await client.POST('/programmes/{programmeId}/strategic-outcomes', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      outcomeId: 'communities-feel-safer',
      title: 'Communities are, and feel, safer',
      description: 'What it is about',
    },
  });
  // Appoint the programme director (ProgrammeDirectorAppointed)
  await client.POST('/programmes/{programmeId}/director-appointments', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      personId: 'person-stephen-rimmer',
      name: 'Stephen Rimmer',
      effectiveDate: '2005-10-01',
    },
  });
  // Register a proposal under a programme (ProposalRegistered)
  await client.POST('/programmes/{programmeId}/proposals', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      proposalId: 'safer-neighbourhoods',
      title: 'Safer Neighbourhoods',
      aims: 'A dedicated neighbourhood team in every ward of London by April 2007.',
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '21',
      },
      outcomeIds: ['outcomeIds'],
      priorityIds: ['priorityIds'],
    },
  });
  // Open a consultation on the proposal (ConsultationOpened)
  await client.POST('/proposals/{proposalId}/consultation', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      opensOn: '2005-10-03',
      closesOn: '2005-12-16',
      consultees: ['consultees'],
      description: 'Consultation on rolling out Safer Neighbourhoods teams to every ward.',
    },
  });
  // Close the open consultation (ConsultationClosed)
  await client.POST('/proposals/{proposalId}/consultation/closure', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      closedOn: '2005-12-16',
      summary: 'Broad support from boroughs; the Federation asked for a staffing review.',
    },
  });
  // Record that the proposal was agreed (ProposalAgreed)
  await client.POST('/proposals/{proposalId}/agreement', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      forum: 'Authority',
      decisionDate: '2005-09-29',
      meeting: 'Metropolitan Police Authority, full Authority meeting',
      minuteReference: 'MPA 29/09/05 item 5',
      conditions: ['conditions'],
      meetingId: 'mmp-authority-2005-09-29',
      followUp: {
        ownerName: 'Stephen Rimmer',
        ownerPersonId: 'person-stephen-rimmer',
        dueOn: '2006-03-09',
        dueMeetingId: 'oversight-2006-03-09',
      },
    },
  });
  // Record that the idea is not taken forward, with its reason code (ProposalNotTakenForward)
  await client.POST('/proposals/{proposalId}/not-taken-forward-decision', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      reasonCode: 'too-bureaucratic',
      rationale: 'Would add a layer of reporting without improving the service.',
      decisionDate: '2005-09-29',
    },
  });
  // Defer the decision on the proposal (ProposalDeferred)
  await client.POST('/proposals/{proposalId}/deferral', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      decisionDate: '2005-09-29',
      reasonCode: 'too-bureaucratic',
      until: '2006-04-01',
      rationale: 'Await the outcome of the national review of force structures.',
    },
  });
  // Reopen a deferred or not-taken-forward proposal; reason required (ProposalReopened)
  await client.POST('/proposals/{proposalId}/reopening', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reopenedOn: '2006-06-01',
      reason: 'The national review concluded; the Authority asked for the proposal to be reconsidered.',
    },
  });
  // Assign (or reassign, with a reason) the Management Board lead (LeadAssigned)
  await client.POST('/proposals/{proposalId}/lead-assignments', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      leadId: 'person-tim-godwin',
      leadName: 'Tim Godwin',
      leadRole: 'Assistant Commissioner, Territorial Policing',
      effectiveDate: '2005-10-01',
      reason: 'Portfolio moved to Territorial Policing',
    },
  });
  // Record an equality impact assessment (EqualityImpactAssessed)
  await client.POST('/proposals/{proposalId}/equality-impact-assessments', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      assessmentId: 'eia-safer-neighbourhoods-2006',
      screeningOutcome: 'full-assessment-required',
      impacts: {
        age: 'positive',
        disability: 'positive',
        'gender-reassignment': 'positive',
        'marriage-and-civil-partnership': 'positive',
        'pregnancy-and-maternity': 'positive',
        race: 'positive',
        'religion-or-belief': 'positive',
        sex: 'positive',
        'sexual-orientation': 'positive',
      },
      evidence: 'Ward panel surveys and borough community consultation, 2005.',
      mitigation: 'Recruit PCSOs from the communities each ward serves',
      reviewDate: '2007-04-01',
      assessedOn: '2006-04-10',
    },
  });
  // Record a delivery confidence rating, the lead's own or independent (DeliveryConfidenceAssessed)
  await client.POST('/proposals/{proposalId}/delivery-confidence-assessments', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      rating: 'green',
      assessment: 'self',
      commentary: 'Ward teams in 440 of 630 wards; PCSO recruitment on plan.',
      assessedOn: '2006-09-30',
      assessorName: 'Tim Godwin',
    },
  });
  // Start delivery of an agreed proposal with a lead (ProposalDeliveryStarted)
  await client.POST('/proposals/{proposalId}/delivery-start', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      startedOn: '2006-04-01',
    },
  });
  // Amend the aims, outcomes and objectives served, with a reason (ProposalAimsAmended)
  await client.POST('/proposals/{proposalId}/aims', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      aims: 'A dedicated neighbourhood team in every ward of London by April 2007, working to the 2006/07 plan.',
      outcomeIds: ['outcomeIds'],
      objectiveIds: ['increase-detections'],
      amendedOn: '2006-04-01',
      reason: 'The 2006/07 policing plan sets the objectives it serves',
    },
  });
  // Close the proposal; reason required (ProposalClosed)
  await client.POST('/proposals/{proposalId}/closure', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      closedOn: '2008-03-31',
      reason: 'A Safer Neighbourhoods team is in place in every ward; handed over to business as usual.',
    },
  });
  // Submit a business case for an agreed proposal (BusinessCaseSubmitted)
  await client.POST('/proposals/{proposalId}/business-cases', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      stage: 'SOC',
      sections: {
        strategic: 'Delivers the Safer Neighbourhoods outcome: communities are, and feel, safer.',
        economic: 'Options appraised: status quo, phased roll-out, immediate roll-out to all 630 wards.',
        commercial: 'PCSO recruitment through the existing framework; no new procurement.',
        financial: 'Funded from the Home Office grant and the MPA precept over 2006/07 to 2007/08.',
        management: 'Led by AC Tim Godwin through the Territorial Policing board; quarterly reports to the MPA.',
      },
      investment: [{
        financialYear: '2006/07',
        amountPence: 4500000000,
      }],
      wholeLifeCostPence: 12000000000,
      anticipatedBenefits: [{
        description: 'Reduced fear of crime in wards with a full team',
        amountPence: 250000000,
      }],
      submittedBy: 'Tim Godwin',
      submittedOn: '2005-11-15',
    },
  });
  // Approve the version awaiting scrutiny, with any conditions (BusinessCaseApproved)
  await client.POST('/proposals/{proposalId}/business-cases/{version}/approval', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', version: 1 } },
    body: {
      reason: 'Recorded for the integrator',
      conditions: ['conditions'],
      meeting: 'MPA Finance and Resources Committee, 15 December 2005',
      decisionDate: '2005-12-15',
      meetingId: 'mmp-finance-2005-12-15',
      followUp: {
        ownerName: 'Stephen Rimmer',
        ownerPersonId: 'person-stephen-rimmer',
        dueOn: '2006-03-09',
        dueMeetingId: 'oversight-2006-03-09',
      },
    },
  });
  // Return the version awaiting scrutiny with comments; it is resubmitted as a new version (BusinessCaseReturned)
  await client.POST('/proposals/{proposalId}/business-cases/{version}/return', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', version: 1 } },
    body: {
      reason: 'Recorded for the integrator',
      comments: 'The economic case should compare a phased roll-out with the status quo.',
      meeting: 'MPA Finance and Resources Committee, 15 December 2005',
      decisionDate: '2005-12-15',
      meetingId: 'mmp-finance-2005-12-15',
    },
  });
  // Plan a benefit of a proposal (BenefitPlanned); the programme is the proposal's
  await client.POST('/proposals/{proposalId}/benefits', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods' } },
    body: {
      reason: 'Recorded for the integrator',
      benefitId: 'savings-target-70m',
      description: 'Efficiency savings of £70m from the Service Review proposals',
      observableOutcome: 'Cashable savings released from the base budget and reinvested in front-line policing',
      measure: 'Cashable savings against the 2005/06 base budget',
      unit: 'GBP-pence',
      attribution: 'Budget monitoring by the Resources Directorate, traced to each proposal’s business case',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: 'person-director-of-resources',
      ownerName: 'Director of Resources',
      baseline: 0,
      target: 7000000000,
      fullYearValue: 7000000000,
      schedule: [{
        period: '2006/07',
        plannedValue: 3500000000,
      }],
      scheduleKind: 'per-period',
      plannedOn: '2006-02-03',
    },
  });
  // Plan a programme-level benefit such as the £70m savings target (BenefitPlanned, no proposal)
  await client.POST('/programmes/{programmeId}/benefits', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      benefitId: 'savings-target-70m',
      description: 'Efficiency savings of £70m from the Service Review proposals',
      observableOutcome: 'Cashable savings released from the base budget and reinvested in front-line policing',
      measure: 'Cashable savings against the 2005/06 base budget',
      unit: 'GBP-pence',
      attribution: 'Budget monitoring by the Resources Directorate, traced to each proposal’s business case',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: 'person-director-of-resources',
      ownerName: 'Director of Resources',
      baseline: 0,
      target: 7000000000,
      fullYearValue: 7000000000,
      schedule: [{
        period: '2006/07',
        plannedValue: 3500000000,
      }],
      scheduleKind: 'per-period',
      plannedOn: '2006-02-03',
    },
  });
  // Re-forecast a benefit’s schedule, with a reason (BenefitReforecast)
  await client.POST('/proposals/{proposalId}/benefits/{benefitId}/reforecasts', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-cash-release' } },
    body: {
      schedule: [{
        period: '2006/07',
        plannedValue: 3500000000,
      }],
      reason: 'Shared service centre go-live moved to Q3 2006/07; savings phased accordingly',
      reforecastOn: '2006-02-03',
    },
  });
  // Say which plan objectives a proposal's benefit contributes to (BenefitObjectivesLinked)
  await client.POST('/proposals/{proposalId}/benefits/{benefitId}/objectives', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-cash-release' } },
    body: { objectiveIds: ['sn-teams-in-every-ward'], linkedOn: '2006-04-01', reason: 'The ward teams are what the objective measures' },
  });
  // Say which plan objectives a programme-level benefit contributes to (BenefitObjectivesLinked)
  await client.POST('/programmes/{programmeId}/benefits/{benefitId}/objectives', {
    params: { path: { programmeId: 'met-modernisation', benefitId: 'mmp-savings-2006-07' } },
    body: { objectiveIds: ['sn-teams-in-every-ward'], linkedOn: '2006-04-01', reason: 'The savings fund the ward teams' },
  });
  // Re-forecast a programme-level benefit, with a reason (BenefitReforecast)
  await client.POST('/programmes/{programmeId}/benefits/{benefitId}/reforecasts', {
    params: { path: { programmeId: 'met-modernisation', benefitId: 'mmp-sn-cash-release' } },
    body: {
      schedule: [{
        period: '2006/07',
        plannedValue: 3500000000,
      }],
      reason: 'Shared service centre go-live moved to Q3 2006/07; savings phased accordingly',
      reforecastOn: '2006-02-03',
    },
  });
  // Report the realised benefit for a period (BenefitRealised); the reporter is the actor
  await client.POST('/proposals/{proposalId}/benefits/{benefitId}/realisations', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-cash-release' } },
    body: {
      reason: 'Recorded for the integrator',
      period: '2006/07',
      actual: 3120000000,
      forecastRemaining: 3880000000,
      evidence: 'Outturn report 2006/07, Finance Committee, June 2007',
      commentary: 'Part of the release went to the rollout',
    },
  });
  // Report a programme-level benefit realised for a period (BenefitRealised)
  await client.POST('/programmes/{programmeId}/benefits/{benefitId}/realisations', {
    params: { path: { programmeId: 'met-modernisation', benefitId: 'mmp-sn-cash-release' } },
    body: {
      reason: 'Recorded for the integrator',
      period: '2006/07',
      actual: 3120000000,
      forecastRemaining: 3880000000,
      evidence: 'Outturn report 2006/07, Finance Committee, June 2007',
      commentary: 'Part of the release went to the rollout',
    },
  });
  // Correct a reported realisation, with a reason (BenefitRealisationCorrected)
  await client.POST('/proposals/{proposalId}/benefits/{benefitId}/realisations/{period}/corrections', {
    params: { path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-cash-release', period: '2006-07' } },
    body: {
      actual: 3050000000,
      reason: 'Audited outturn lower than the provisional figure reported in May',
    },
  });
  // Correct a programme-level realisation, with a reason (BenefitRealisationCorrected)
  await client.POST('/programmes/{programmeId}/benefits/{benefitId}/realisations/{period}/corrections', {
    params: { path: { programmeId: 'met-modernisation', benefitId: 'mmp-sn-cash-release', period: '2006-07' } },
    body: {
      actual: 3050000000,
      reason: 'Audited outturn lower than the provisional figure reported in May',
    },
  });
  // Plan a milestone on the delivery plan (MilestonePlanned)
  await client.POST('/programmes/{programmeId}/milestones', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      milestoneId: 'sn-all-wards',
      proposalId: 'mmp-safer-neighbourhoods',
      title: 'Safer Neighbourhoods teams in all 630 London wards',
      baselineDate: '2006-12-31',
      predecessorIds: ['predecessorIds'],
      plannedOn: '2006-02-03',
    },
  });
  // Move a milestone’s forecast date, with a reason (MilestoneRescheduled)
  await client.POST('/programmes/{programmeId}/milestones/{milestoneId}/reschedules', {
    params: { path: { programmeId: 'met-modernisation', milestoneId: 'mmp-sn-rollout' } },
    body: {
      forecastDate: '2007-03-31',
      reason: 'PCSO recruitment behind plan in outer boroughs',
      rescheduledOn: '2006-02-03',
    },
  });
  // Record that a milestone was achieved (MilestoneAchieved)
  await client.POST('/programmes/{programmeId}/milestones/{milestoneId}/achievement', {
    params: { path: { programmeId: 'met-modernisation', milestoneId: 'mmp-sn-rollout' } },
    body: {
      reason: 'Recorded for the integrator',
      achievedOn: '2007-03-30',
    },
  });
  // Replace a milestone’s predecessors (MilestoneDependenciesChanged); cycles are refused
  await client.PUT('/programmes/{programmeId}/milestones/{milestoneId}/predecessors', {
    params: { path: { programmeId: 'met-modernisation', milestoneId: 'mmp-sn-rollout' } },
    body: {
      reason: 'Recorded for the integrator',
      predecessorIds: ['predecessorIds'],
    },
  });
  // Raise a risk on the programme’s register (RiskRaised)
  await client.POST('/programmes/{programmeId}/risks', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      riskId: 'sn-pcso-recruitment',
      proposalId: 'mmp-safer-neighbourhoods',
      kind: 'threat',
      category: 'risk',
      title: 'PCSO recruitment falls short of the Safer Neighbourhoods rollout',
      cause: 'High turnover and competition from other forces for PCSO candidates',
      event: 'Teams in outer boroughs are not at full strength by the target date',
      effect: 'Wards without a full team; public confidence benefits delayed',
      ownerName: 'Assistant Commissioner, Territorial Policing',
      likelihood: 4,
      impact: 4,
      residualLikelihood: 2,
      residualImpact: 3,
      proximity: 'Before the 2006/07 rollout completes',
      response: 'avoid',
      actions: ['actions'],
      raisedOn: '2005-10-14',
    },
  });
  // Re-rate a risk, with a reason (RiskReassessed)
  await client.POST('/risks/{riskId}/reassessments', {
    params: { path: { riskId: 'mmp-risk-recruitment' } },
    body: {
      likelihood: 3,
      impact: 4,
      residualLikelihood: 2,
      residualImpact: 2,
      reason: 'Recruitment campaign filled 80% of vacancies by March 2006',
      reassessedOn: '2006-03-31',
    },
  });
  // Close a risk, with a reason (RiskClosed)
  await client.POST('/risks/{riskId}/closure', {
    params: { path: { riskId: 'mmp-risk-recruitment' } },
    body: {
      reason: 'All 630 wards have a full Safer Neighbourhoods team',
      closedOn: '2007-04-02',
    },
  });
  // Record a decision, optionally superseding an earlier one (DecisionRecorded)
  await client.POST('/programmes/{programmeId}/decisions', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      decisionId: 'mpa-2005-09-29-service-review',
      forum: 'Authority',
      decisionDate: '2005-09-29',
      subject: 'Service Review proposals for the Met Modernisation Programme',
      proposalId: 'mmp-safer-neighbourhoods',
      outcome: 'approve',
      rationale: 'The proposals support all four strategic outcomes and the £70m savings target',
      conditions: ['conditions'],
      minuteReference: 'MPA 29/09/2005, minute 7',
      evidence: [{
        kind: 'business-case',
        ref: 'safer-neighbourhoods',
        version: 2,
      }],
      supersedesDecisionId: 'mpa-2005-07-interim',
      meetingId: 'mmp-authority-2005-09-29',
      followUp: {
        ownerName: 'Stephen Rimmer',
        ownerPersonId: 'person-stephen-rimmer',
        dueOn: '2006-03-09',
        dueMeetingId: 'oversight-2006-03-09',
      },
    },
  });
  // Schedule a meeting of a forum (MeetingScheduled)
  await client.POST('/programmes/{programmeId}/meetings', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      meetingId: 'oversight-2006-03-09',
      forum: 'Authority',
      forumName: 'MPA Oversight Committee',
      title: 'Oversight Committee, 9 March 2006',
      date: '2006-03-09',
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '21',
      },
    },
  });
  // Put an item on a planned meeting’s agenda (AgendaItemAdded)
  await client.POST('/meetings/{meetingId}/agenda-items', {
    params: { path: { meetingId: 'mmp-oversight-2006-03-09' } },
    body: {
      reason: 'Recorded for the integrator',
      itemId: 'one-and-three-year-plans',
      kind: 'proposal-report',
      title: 'The 1 and 3 year plans',
      paper: 'Report 6',
      proposalId: 'safer-neighbourhoods',
    },
  });
  // Record that a meeting was held; its agenda is then closed (MeetingHeld)
  await client.POST('/meetings/{meetingId}/held', {
    params: { path: { meetingId: 'mmp-oversight-2006-03-09' } },
    body: {
      reason: 'Recorded for the integrator',
      heldOn: '2006-03-09',
    },
  });
  // Raise an action: a condition to track, one raised at a meeting, or one of the office (ActionRaised)
  await client.POST('/programmes/{programmeId}/actions', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      actionId: 'sn-consultation',
      title: 'Complete the formal consultation and report its outcome',
      ownerName: 'AC Tim Godwin',
      ownerPersonId: 'tim-godwin',
      origin: 'condition',
      condition: 'subject to the ongoing formal consultation process',
      proposalId: 'safer-neighbourhoods',
      decisionId: 'decisionId',
      meetingId: 'meetingId',
      dueOn: '2006-03-09',
      dueMeetingId: 'oversight-2006-03-09',
      raisedOn: '2005-09-29',
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '21',
      },
    },
  });
  // Complete an action with evidence; a lead completes only their own (ActionCompleted)
  await client.POST('/actions/{actionId}/completion', {
    params: { path: { actionId: 'action-1' } },
    body: {
      reason: 'Recorded for the integrator',
      evidence: 'Consultation report to the Authority, 26 January 2006',
      completedOn: '2006-01-26',
    },
  });
  // Drop an action that is no longer needed, with a reason (ActionDropped)
  await client.POST('/actions/{actionId}/drop', {
    params: { path: { actionId: 'action-1' } },
    body: {
      reason: 'Recorded for the integrator',
      droppedOn: '2006-02-01',
    },
  });
  // Raise an issue, optionally the risk that materialised (IssueRaised)
  await client.POST('/programmes/{programmeId}/issues', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      issueId: 'pcso-shortfall',
      proposalId: 'safer-neighbourhoods',
      title: 'PCSO recruitment behind plan',
      description: 'Outer boroughs are short of PCSOs for their ward teams',
      severity: 'low',
      ownerName: 'AC Territorial Policing',
      riskId: 'sn-pcso-recruitment',
      raisedOn: '2006-01-15',
    },
  });
  // Escalate an open issue to a forum (IssueEscalated)
  await client.POST('/issues/{issueId}/escalation', {
    params: { path: { issueId: 'issue-1' } },
    body: {
      forum: 'Authority',
      meetingId: 'oversight-2006-03-09',
      reason: 'Recorded for the integrator',
      escalatedOn: '2006-02-01',
    },
  });
  // Resolve an issue (IssueResolved)
  await client.POST('/issues/{issueId}/resolution', {
    params: { path: { issueId: 'issue-1' } },
    body: {
      reason: 'Recorded for the integrator',
      resolution: 'Recruitment campaign funded',
      resolvedOn: '2006-03-09',
    },
  });
  // Set a duty to report to a forum, once or on each due day (ReportingDutySet)
  await client.POST('/programmes/{programmeId}/reporting-duties', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      dutyId: 'performance-to-pprc',
      subject: 'programme',
      subjectId: 'subjectId',
      title: 'Performance reported to the PPRC for scrutiny',
      forum: 'Authority',
      forumName: 'MPA PPRC',
      recurrence: 'one-off',
      dueDates: ['dueDates'],
      source: {
        document: 'Service Review 2005 (MPA report, 29 September 2005)',
        paragraph: '21',
      },
    },
  });
  // Record a report received for one of the duty’s due days (ReportReceived)
  await client.POST('/reporting-duties/{dutyId}/reports', {
    params: { path: { dutyId: 'duty-1' } },
    body: {
      reason: 'Recorded for the integrator',
      dueOn: '2006-03-09',
      receivedOn: '2006-03-02',
      paper: 'Report 6: the 1 and 3 year plans',
      covers: 'The 2006/07 plan and the 2006–09 plan',
    },
  });
  // Define a plan: corporate strategy or policing plan, its years, mission, vision, values, critical success factors (PlanDefined)
  await client.POST('/programmes/{programmeId}/plans', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      planId: 'policing-plan-2006-07',
      kind: 'corporate-strategy',
      title: 'Policing Plan 2006/07',
      firstYear: '2006/07',
      lastYear: '2006/07',
      mission: 'Making London safe for all the people we serve',
      vision: 'A London that is safe for all',
      values: ['values'],
      criticalSuccessFactors: ['criticalSuccessFactors'],
      adoptedOn: '2006-03-30',
    },
  });
  // Add a priority to the plan, for Londoners or for excellence (PriorityDefined)
  await client.POST('/plans/{planId}/priorities', {
    params: { path: { planId: 'plan-2006' } },
    body: {
      reason: 'Recorded for the integrator',
      priorityId: 'counter-terrorism',
      tier: 'londoners',
      title: 'Counter terrorism, security and protection',
      definedOn: '2006-03-30',
    },
  });
  // Reword a priority, with a reason; the old wording stays in the history (PriorityReworded)
  await client.POST('/plans/{planId}/priorities/{priorityId}/rewordings', {
    params: { path: { planId: 'plan-2006', priorityId: 'priority-reassurance' } },
    body: {
      title: 'Counter terrorism, security and protection',
      reason: 'Recorded for the integrator',
      rewordedOn: '2006-04-01',
    },
  });
  // Retire a priority, or merge it into another, with a reason (PriorityRetired)
  await client.POST('/plans/{planId}/priorities/{priorityId}/retirement', {
    params: { path: { planId: 'plan-2006', priorityId: 'priority-reassurance' } },
    body: {
      mergedInto: 'priority-reassurance',
      reason: 'Recorded for the integrator',
      retiredOn: '2006-04-01',
    },
  });
  // Define an objective under a priority in force, with the Management Board member accountable (ObjectiveDefined)
  await client.POST('/plans/{planId}/objectives', {
    params: { path: { planId: 'plan-2006' } },
    body: {
      reason: 'Recorded for the integrator',
      objectiveId: 'reduce-burglary',
      priorityId: 'safer-neighbourhoods',
      title: 'Reduce residential burglary',
      accountable: {
        personId: 'person-tim-godwin',
        name: 'AC Tim Godwin',
      },
      criticalFocus: true,
      definedOn: '2006-04-01',
    },
  });
  // Make another member accountable, with a reason; the previous one is kept (AccountabilityAssigned)
  await client.POST('/objectives/{objectiveId}/accountability', {
    params: { path: { objectiveId: 'objective-1' } },
    body: {
      accountable: {
        personId: 'person-tim-godwin',
        name: 'AC Tim Godwin',
      },
      reason: 'Recorded for the integrator',
      assignedOn: '2006-09-01',
    },
  });
  // Define an indicator: unit, direction, baseline, data source, tolerance (IndicatorDefined)
  await client.POST('/objectives/{objectiveId}/indicators', {
    params: { path: { objectiveId: 'objective-1' } },
    body: {
      reason: 'Recorded for the integrator',
      indicatorId: 'burglaries',
      title: 'Residential burglaries recorded',
      unit: 'offences',
      direction: 'higher-is-better',
      baseline: {
        value: 60000,
        period: '2005/06',
      },
      dataSource: 'MPS crime recording system',
      tolerance: 500,
      definedOn: '2006-04-01',
    },
  });
  // Set the target for a year of the plan; changing one needs a reason (TargetSet)
  await client.POST('/objectives/{objectiveId}/indicators/{indicatorId}/targets', {
    params: { path: { objectiveId: 'objective-1', indicatorId: 'indicator-1' } },
    body: {
      reason: 'Recorded for the integrator',
      period: '2006/07',
      value: 55000,
    },
  });
  // Report the actual for a year, once: by the accountable member or the office (ActualReported)
  await client.POST('/objectives/{objectiveId}/indicators/{indicatorId}/actuals', {
    params: { path: { objectiveId: 'objective-1', indicatorId: 'indicator-1' } },
    body: {
      reason: 'Recorded for the integrator',
      period: '2006/07',
      value: 56000,
      reportedOn: '2007-04-20',
    },
  });
  // Correct a reported actual, with a reason; the old figure is kept (ActualCorrected)
  await client.POST('/objectives/{objectiveId}/indicators/{indicatorId}/corrections', {
    params: { path: { objectiveId: 'objective-1', indicatorId: 'indicator-1' } },
    body: {
      period: '2006/07',
      value: 55200,
      reason: 'Recorded for the integrator',
      correctedOn: '2007-05-01',
    },
  });
  // Record a line of the medium-term financial plan: a resource (with its source), a requirement or savings (FundingLineRecorded)
  await client.POST('/programmes/{programmeId}/funding-lines', {
    params: { path: { programmeId: 'met-modernisation' } },
    body: {
      reason: 'Recorded for the integrator',
      lineId: 'precept-2006-07',
      year: '2006/07',
      kind: 'resource',
      source: 'precept',
      label: 'Precept @ 5.5%',
      amountPence: 3100000000,
      proposalId: 'mmp-safer-neighbourhoods',
    },
  });
  // Revise a line’s amount, with a reason (FundingLineRevised)
  await client.POST('/programmes/{programmeId}/funding-lines/{lineId}/revisions', {
    params: { path: { programmeId: 'met-modernisation', lineId: 'line-1' } },
    body: {
      amountPence: 3200000000,
      reason: 'Recorded for the integrator',
    },
  });
}
