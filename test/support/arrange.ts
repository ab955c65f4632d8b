import { as, type TestApp } from './app';

/** Where an arranged item says it comes from (the source reports of the seed). */
export const ARRANGE_SOURCE = { document: 'Service Review 2005', paragraph: '21' };

/**
 * The arrange steps the end-to-end specs share, through the API as the programme office,
 * each expecting 201: a programme with an outcome, proposals supporting it, an agreement,
 * a lead. Specs keep their own bodies for what they test.
 */
export function arrange(t: TestApp) {
  const post = async (path: string, body: object) => {
    await t.http.post(path).set(as()).send(body).expect(201);
  };
  return {
    /** A programme with the one outcome `safer` that arranged proposals support. */
    async programme(programmeId: string, outcomeTitle = 'Safer'): Promise<string> {
      await this.bareProgramme(programmeId);
      await post(`/programmes/${programmeId}/strategic-outcomes`, {
        outcomeId: 'safer',
        title: outcomeTitle,
      });
      return programmeId;
    },
    /** A programme with no outcomes (an empty decision log, delivery plan …). */
    async bareProgramme(programmeId: string): Promise<string> {
      await post('/programmes', {
        programmeId,
        name: 'Met Modernisation Programme',
        mission: 'Working together for a safer London',
        source: ARRANGE_SOURCE,
      });
      return programmeId;
    },
    /** A registered proposal of `programmeId` supporting `safer`. */
    async proposal(
      programmeId: string,
      proposalId: string,
      title = 'Safer Neighbourhoods',
    ): Promise<string> {
      await post(`/programmes/${programmeId}/proposals`, {
        proposalId,
        title,
        aims: 'A team in every ward',
        source: ARRANGE_SOURCE,
        outcomeIds: ['safer'],
        priorityIds: [],
      });
      return proposalId;
    },
    /** Version 1 of an outline (SOC) business case, for an agreed proposal. */
    async businessCase(proposalId: string): Promise<void> {
      await post(`/proposals/${proposalId}/business-cases`, {
        stage: 'SOC',
        sections: { strategic: 'S', economic: 'E', commercial: 'C', financial: 'F', management: 'M' },
        investment: [{ financialYear: '2006/07', amountPence: 100_000_000 }],
        wholeLifeCostPence: 200_000_000,
        anticipatedBenefits: [{ description: 'Safer wards' }],
        submittedBy: 'Tim Godwin',
        submittedOn: '2005-11-15',
      });
    },
    /** Agreed by the Authority on 29 September 2005. */
    async agreed(proposalId: string): Promise<void> {
      await post(`/proposals/${proposalId}/agreement`, {
        forum: 'Authority',
        decisionDate: '2005-09-29',
        meeting: 'MPA full Authority',
        minuteReference: 'MPA 29/09/05 item 5',
      });
    },
    /**
     * A person of the people directory (POST /people), so that a lead, owner or accountable
     * field may name them; one already there (a user, or recorded before) is left as is.
     */
    async person(personId: string, name = personId): Promise<string> {
      const known = await t.http.get(`/people/${personId}`).set(as());
      if (known.status === 200) return personId;
      await post('/people', { personId, name });
      return personId;
    },
    async lead(
      proposalId: string,
      leadId: string,
      leadName = 'AC Territorial Policing',
    ): Promise<void> {
      await this.person(leadId, leadName);
      await post(`/proposals/${proposalId}/lead-assignments`, {
        leadId,
        leadName,
        leadRole: 'AC',
        effectiveDate: '2005-10-01',
      });
    },
  };
}

/** The people a spec's lead, owner and accountable fields name, in the directory before it starts. */
export async function knownPeople(t: TestApp, ...personIds: string[]): Promise<void> {
  const given = arrange(t);
  for (const personId of personIds) await given.person(personId);
}
