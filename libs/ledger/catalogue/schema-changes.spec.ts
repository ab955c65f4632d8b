import { ledgerUpcasters } from './schema-changes';

/** Events stored before #14 (schema v1) gain the meeting they were taken at when read. */
describe('upcasting decisions to the meeting they were taken at', () => {
  const upcasters = ledgerUpcasters();
  const read = (type: string, data: object) => upcasters.upcast(type, 1, data);

  it('writes the four types at v2 from now on', () => {
    for (const type of ['ProposalAgreed', 'BusinessCaseApproved', 'BusinessCaseReturned', 'DecisionRecorded']) expect(upcasters.currentVersion(type)).toBe(2);
  });

  it('an agreement at the full Authority on a day reads as taken at that meeting of the scheme', () => {
    const agreed = { proposalId: 'sn', forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Metropolitan Police Authority, full Authority meeting, 29 September 2005 (report 8a)', minuteReference: 'x', conditions: ['c'] };
    expect(read('ProposalAgreed', agreed)).toEqual({ schemaVersion: 2, data: { ...agreed, meetingId: 'mmp-authority-2005-09-29', followUp: null } });
  });

  it('words that name no meeting of the scheme read as no meeting (null), never a guess', () => {
    const agreed = { proposalId: 'sn', forum: 'Committee', decisionDate: '2005-10-10', meeting: 'Joint Finance / PPRC committees', minuteReference: 'x', conditions: [] };
    expect(read('ProposalAgreed', agreed).data).toMatchObject({ meetingId: null });
    // An oversight committee named with another forum is not that committee's meeting.
    expect(read('ProposalAgreed', { ...agreed, forum: 'Authority', meeting: 'MPA Oversight Committee' }).data).toMatchObject({ meetingId: null });
  });

  it('business case scrutiny gains the forum its words name, and the meeting', () => {
    const approved = { proposalId: 'sn', stage: 'SOC', version: 1, conditions: [], meeting: 'MPA Oversight Committee, 3 February 2006', decisionDate: '2006-02-03' };
    expect(read('BusinessCaseApproved', approved).data).toEqual({ ...approved, forum: 'Committee', meetingId: 'mmp-oversight-2006-02-03', followUp: null });
    const returned = { proposalId: 'sn', stage: 'SOC', version: 1, comments: 'x', meeting: 'Investment Board', decisionDate: '2006-02-03' };
    expect(read('BusinessCaseReturned', returned).data).toEqual({ ...returned, forum: null, meetingId: null });
  });

  it('a decision of the Authority minuted as an MPA meeting reads as taken at the full Authority', () => {
    const decision = { programmeId: 'met-modernisation', decisionId: 'd', forum: 'Authority', decisionDate: '2005-09-29', minuteReference: 'MPA 29/09/2005, report 8a, recommendation 2', conditions: [] };
    expect(read('DecisionRecorded', decision).data).toMatchObject({ meetingId: 'mmp-authority-2005-09-29', followUp: null });
    expect(read('DecisionRecorded', { ...decision, minuteReference: 'None: members’ away day' }).data).toMatchObject({ meetingId: null });
  });

  it('a v2 event is read as written', () => {
    const agreed = { proposalId: 'sn', forum: 'Authority', decisionDate: '2005-09-29', meeting: 'full Authority', meetingId: null, minuteReference: 'x', conditions: [], followUp: null };
    expect(upcasters.upcast('ProposalAgreed', 2, agreed)).toEqual({ schemaVersion: 2, data: agreed });
  });
});
