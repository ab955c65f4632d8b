import type { RaiseAction } from '@ledger/action';
import type { AddAgendaItem, ScheduleMeeting } from '@ledger/meeting';
import type { SetReportingDuty } from '@ledger/reporting-duty';
import type { SeedActor, SeedRequest } from './met-modernisation.seed';

/**
 * The oversight loop of the demo: the meetings the reports name, their agenda items, the
 * conditions and commitments the reports state as actions, the reports they ask for.
 * Cited like the rest of the seed (test/seed/seed-truth.int-spec.ts checks it); what the
 * reports do not state says "Illustrative:".
 */

const SR2005 = 'Joint report on service review, corporate strategy and Together (MPA report 8a, 29 September 2005)';
const PLAN2006 = 'Corporate Strategy 2006-09 and Policing Plan 2006-07 (MPA report 7, 23 February 2006)';
const MMP = 'met-modernisation';

// The same demo users as met-modernisation.seed.ts (DEMO_USERS registers them).
const PROGRAMME_OFFICE: SeedActor = { id: 'mmp-programme-office', role: 'programme-office', name: 'Met Modernisation Programme Office' };
const OVERSIGHT: SeedActor = { id: 'mpa-oversight-committee', role: 'oversight-committee', name: 'MPA Oversight Committee' };
const RIMMER = { personId: 'person-stephen-rimmer', name: 'Stephen Rimmer' };

type Why = { reason: string };
const requests: SeedRequest[] = [];
const send = (actor: SeedActor, path: string, body: object) => requests.push({ method: 'POST', path, body: { ...body }, actor });

const scheduleMeeting = (body: Omit<ScheduleMeeting['data'], 'programmeId'> & Why) => send(PROGRAMME_OFFICE, `/programmes/${MMP}/meetings`, body);
const addItem = (meetingId: string, body: AddAgendaItem['data'] & Why) => send(PROGRAMME_OFFICE, `/meetings/${meetingId}/agenda-items`, body);
const held = (meetingId: string, body: { heldOn: string } & Why) => send(PROGRAMME_OFFICE, `/meetings/${meetingId}/held`, body);
type ActionBody = Omit<RaiseAction['data'], 'programmeId' | 'owner' | 'dueMeeting'> & { ownerName: string; ownerPersonId?: string; dueMeetingId?: string } & Why;
const raiseAction = (actor: SeedActor, body: ActionBody) => send(actor, `/programmes/${MMP}/actions`, body);
const setDuty = (body: Omit<SetReportingDuty['data'], 'programmeId'> & Why) => send(PROGRAMME_OFFICE, `/programmes/${MMP}/reporting-duties`, body);

// --- Meetings -------------------------------------------------------------------------

const AUTHORITY_2005 = 'mmp-authority-2005-09-29';
const OVERSIGHT_FEB = 'mmp-oversight-2006-02-03';
const OVERSIGHT_MARCH = 'mmp-oversight-2006-03-09';

scheduleMeeting({
  meetingId: AUTHORITY_2005,
  forum: 'Authority',
  forumName: 'Metropolitan Police Authority (Full Authority)',
  title: 'Full Authority, 29 September 2005',
  date: '2005-09-29',
  source: { document: PLAN2006, paragraph: '13' },
  reason: '2006/07 plan report §13: the Full Authority agreed the Service Review proposals on the 29 September 2005.',
});
addItem(AUTHORITY_2005, {
  itemId: 'report-8a',
  kind: 'other',
  title: 'Joint report on service review, corporate strategy and Together',
  paper: 'MPA report 8a',
  reason: 'Service Review report (2005) recommendations 1-3: the report put to the Authority.',
});
held(AUTHORITY_2005, { heldOn: '2005-09-29', reason: '2006/07 plan report §13: the Full Authority agreed the Service Review proposals on the 29 September 2005.' });

scheduleMeeting({
  meetingId: OVERSIGHT_FEB,
  forum: 'Committee',
  forumName: 'MPA Oversight Committee',
  title: 'Oversight Committee, 3 February 2006',
  date: '2006-02-03',
  source: { document: PLAN2006, paragraph: '10' },
  reason: '2006/07 plan report §10: the Management Board decisions were considered and supported by the MPA Oversight committee on 3 February.',
});
addItem(OVERSIGHT_FEB, {
  itemId: 'critical-focus-2006-07',
  kind: 'other',
  title: 'The scope and critical focus for delivery during 2006/07 of the Met Modernisation Programme',
  paper: null,
  reason: '2006/07 plan report §10: Management Board agreed the scope and critical focus on 31 January 2006. Illustrative: the paper reference is not given.',
});
held(OVERSIGHT_FEB, { heldOn: '2006-02-03', reason: '2006/07 plan report §10: considered and supported by the MPA Oversight committee on 3 February.' });

scheduleMeeting({
  meetingId: OVERSIGHT_MARCH,
  forum: 'Committee',
  forumName: 'MPA Oversight Committee',
  title: 'Oversight Committee, 9 March 2006',
  date: '2006-03-09',
  source: { document: PLAN2006, paragraph: '13' },
  reason: '2006/07 plan report §13: the plans will be submitted to the MPA Oversight committee on the 9th March for scrutiny by members.',
});
addItem(OVERSIGHT_MARCH, {
  itemId: 'one-and-three-year-plans',
  kind: 'other',
  title: 'The 1 and 3 year plans for the Met Modernisation Programme, for scrutiny by members',
  paper: null,
  reason: '2006/07 plan report §13. Illustrative: the paper reference is not given.',
});
addItem(OVERSIGHT_MARCH, {
  itemId: 'service-review-progress',
  kind: 'other',
  title: 'How the proposals made by the Service Review are being progressed',
  paper: null,
  reason: '2006/07 plan report §13: a document will also be taken to the March Oversight committee. Illustrative: the paper reference is not given.',
});

// --- Conditions and commitments as actions ----------------------------------------------

raiseAction(PROGRAMME_OFFICE, {
  actionId: 'mmp-action-formal-consultation',
  title: 'Complete the formal consultation on the Service Review proposals and report its outcome',
  ownerName: RIMMER.name,
  ownerPersonId: RIMMER.personId,
  origin: 'condition',
  condition: 'Subject to the ongoing formal consultation process',
  decisionId: 'mmp-2005-09-29-service-review',
  meetingId: AUTHORITY_2005,
  dueMeetingId: OVERSIGHT_MARCH,
  raisedOn: '2005-09-29',
  source: { document: SR2005, paragraph: null },
  reason:
    'Service Review report (2005) recommendation 2; 2006/07 plan report §13 (agreed on the 29 September 2005). Illustrative: the owner, ' +
    'and that it must come back to the March Oversight committee, are assumed.',
});
raiseAction(PROGRAMME_OFFICE, {
  actionId: 'mmp-action-business-cases',
  title: 'Bring a detailed business case for each proposal, for members to scrutinise the anticipated benefits',
  ownerName: RIMMER.name,
  ownerPersonId: RIMMER.personId,
  origin: 'condition',
  condition: 'Detailed business cases will follow that support each proposal',
  decisionId: 'mmp-2005-09-29-service-review',
  meetingId: AUTHORITY_2005,
  dueOn: '2006-03-31',
  raisedOn: '2005-09-29',
  reason: 'Service Review report (2005) §43; 2006/07 plan report §13 (29 September 2005). Illustrative: the owner and the due date are assumed.',
});
raiseAction(OVERSIGHT, {
  actionId: 'mmp-action-service-review-progress',
  title: 'Take a document to the March Oversight committee explaining how the Service Review proposals are being progressed',
  ownerName: RIMMER.name,
  ownerPersonId: RIMMER.personId,
  origin: 'meeting',
  meetingId: OVERSIGHT_FEB,
  dueMeetingId: OVERSIGHT_MARCH,
  raisedOn: '2006-02-03',
  reason:
    '2006/07 plan report §13; the committee met on 3 February (2006/07 plan report §10). Illustrative: that the committee asked for it on that day, and the owner, are assumed.',
});

// --- Reporting duties --------------------------------------------------------------------

setDuty({
  dutyId: 'mmp-duty-one-and-three-year-plans',
  subject: 'programme',
  title: 'The 1 and 3 year plans for the Met Modernisation Programme',
  forum: 'Committee',
  forumName: 'MPA Oversight Committee',
  recurrence: 'one-off',
  dueDates: ['2006-03-09'],
  source: { document: PLAN2006, paragraph: '13' },
  reason: '2006/07 plan report §13: to be submitted to the MPA Oversight committee on the 9th March for scrutiny by members.',
});
setDuty({
  dutyId: 'mmp-duty-performance-to-pprc',
  subject: 'programme',
  title: 'The performance of the MPS against all objectives, indicators and targets, for scrutiny by members',
  forum: 'Committee',
  forumName: 'MPA Planning, Performance and Review Committee (PPRC)',
  recurrence: 'recurring',
  dueDates: ['2006-06-08', '2006-09-14', '2006-12-07', '2007-03-08'],
  source: { document: PLAN2006, paragraph: '9' },
  reason: '2006/07 plan report §9: performance will be reported to the MPA PPRC meeting for scrutiny by members. Illustrative: the days of the PPRC meetings (quarterly) are assumed.',
});

/** The oversight loop's requests, sent after the rest of the demo (they cite its decisions). */
export const OVERSIGHT_SEED_REQUESTS: readonly SeedRequest[] = Object.freeze(requests.slice());
