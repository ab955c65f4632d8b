import type { StoredEvent } from '@ledger/platform/event-store';
import { businessDateOf, eventsInEffectOn, periodEnd } from './business-dates';

let position = 0;
const event = (streamId: string, type: string, data: Record<string, unknown> = {}): StoredEvent => {
  position += 1;
  return {
    eventId: `e${position}`,
    type,
    data,
    schemaVersion: 1,
    streamId,
    streamVersion: position,
    globalPosition: position,
    transactionId: String(position),
    recordedAt: new Date('2026-12-06T10:00:00Z'),
    metadata: { actor: { id: 'office', role: 'programme-office' }, correlationId: 'c' },
  };
};
const types = (events: StoredEvent[]) => events.map((e) => `${e.streamId}:${e.type}`);

describe('business dates', () => {
  it("takes an event's own date, never a target date; a realisation's is its period's end", () => {
    expect(businessDateOf(event('p', 'ProposalAgreed', { decisionDate: '2005-09-29' }))).toBe('2005-09-29');
    expect(businessDateOf(event('p', 'ProposalDeliveryStarted', { startedOn: '2006-04-01' }))).toBe('2006-04-01');
    expect(businessDateOf(event('d', 'MilestonePlanned', { baselineDate: '2007-03-31' }))).toBeNull();
    expect(businessDateOf(event('d', 'MilestoneRescheduled', { forecastDate: '2007-06-30' }))).toBeNull();
    expect(businessDateOf(event('b', 'BenefitRealised', { period: '2006/07' }))).toBe('2007-03-31');
    expect(businessDateOf(event('b', 'BenefitRealised', { period: '2006-Q3' }))).toBe('2006-09-30');
    expect(businessDateOf(event('p', 'ProposalRegistered', { title: 'T' }))).toBeNull();
    // Optional days (schema v2): used where given, undated where not (v1 events read as null).
    expect(businessDateOf(event('b', 'BenefitPlanned', { plannedOn: '2006-02-03' }))).toBe('2006-02-03');
    expect(businessDateOf(event('b', 'BenefitPlanned', { plannedOn: null }))).toBeNull();
    expect(businessDateOf(event('d', 'MilestoneRescheduled', { forecastDate: '2007-06-30', rescheduledOn: '2007-04-02' }))).toBe('2007-04-02');
    expect(periodEnd('2006')).toBeNull();
  });

  describe('the programme on a day (business time)', () => {
    const log = [
      event('programme-m', 'ProgrammeEstablished'),
      event('proposal-a', 'ProposalRegistered'),
      event('proposal-a', 'ConsultationOpened', { opensOn: '2005-09-05' }),
      event('proposal-a', 'ProposalAgreed', { decisionDate: '2005-09-29' }),
      event('proposal-a', 'ProposalDeliveryStarted', { startedOn: '2006-04-01' }),
      event('benefit-x', 'BenefitPlanned'),
      event('benefit-x', 'BenefitRealised', { period: '2006/07' }),
      event('benefit-x', 'BenefitRealisationCorrected'),
      // Recorded late, dated early: it brings the stream's earlier events along.
      event('proposal-b', 'ProposalRegistered'),
      event('proposal-b', 'LeadAssigned', { effectiveDate: '2006-05-01' }),
      event('proposal-b', 'ProposalAgreed', { decisionDate: '2005-10-01' }),
    ];

    it('before the first dated fact, nothing counts', () => {
      const { events, firstDay } = eventsInEffectOn(log, '2005-09-04');
      expect(firstDay).toBe('2005-09-05');
      expect(events).toEqual([]);
    });

    it('dated events count from their day; undated ones go with the event before them; the first ones from the first dated fact', () => {
      expect(types(eventsInEffectOn(log, '2005-09-29').events)).toEqual([
        'programme-m:ProgrammeEstablished',
        'proposal-a:ProposalRegistered',
        'proposal-a:ConsultationOpened',
        'proposal-a:ProposalAgreed',
        'benefit-x:BenefitPlanned',
        'proposal-b:ProposalRegistered',
      ]);
    });

    it('a stream is never cut in the middle: an event that counts brings every earlier one of its stream', () => {
      const on = types(eventsInEffectOn(log, '2005-10-01').events);
      expect(on).toContain('proposal-b:ProposalAgreed');
      // The lead's start (2006-05-01) comes before the agreement in the stream, so it comes along.
      expect(on).toContain('proposal-b:LeadAssigned');
      expect(on).not.toContain('proposal-a:ProposalDeliveryStarted');
    });

    it("a realisation counts once its period has ended, and its undated correction with it", () => {
      expect(types(eventsInEffectOn(log, '2007-03-30').events)).not.toContain('benefit-x:BenefitRealised');
      const after = types(eventsInEffectOn(log, '2007-03-31').events);
      expect(after).toContain('benefit-x:BenefitRealised');
      expect(after).toContain('benefit-x:BenefitRealisationCorrected');
      expect(after).toContain('proposal-a:ProposalDeliveryStarted');
    });

    it('keeps the log order', () => {
      const events = eventsInEffectOn(log, '2010-01-01').events;
      expect(events.map((e) => e.globalPosition)).toEqual(log.map((e) => e.globalPosition));
    });
  });

  it("the plan's own days (a strategy older than the programme) are not the programme's first dated fact", () => {
    const plan = event('plan-strategy-2000', 'PlanDefined', { adoptedOn: '2000-07-20' });
    const established = event('programme-mmp', 'ProgrammeEstablished', {});
    const agreed = event('proposal-sn', 'ProposalAgreed', { decisionDate: '2005-09-29' });
    const target = event('objective-o', 'ObjectiveDefined', { definedOn: '2006-02-23' });
    const set = event('objective-o', 'TargetSet', { value: 1 });
    const all = [plan, established, agreed, target, set];
    expect(businessDateOf(plan)).toBe('2000-07-20');
    const in2001 = eventsInEffectOn(all, '2001-01-01');
    expect({ firstDay: in2001.firstDay, events: types(in2001.events) }).toEqual({ firstDay: '2005-09-29', events: ['plan-strategy-2000:PlanDefined'] });
    // A target names no day: it goes with the objective's definition before it.
    expect(types(eventsInEffectOn(all, '2006-02-23').events)).toEqual(types(all));
    expect(types(eventsInEffectOn(all, '2006-02-22').events)).toEqual(['plan-strategy-2000:PlanDefined', 'programme-mmp:ProgrammeEstablished', 'proposal-sn:ProposalAgreed']);
  });
});
