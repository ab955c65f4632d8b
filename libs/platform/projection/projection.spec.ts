import type { StoredEvent } from '@ledger/platform/event-store';
import { actorName, domainEventOf, foldRows, rowIdFrom, type RowProjectionDefinition } from './projection';

const stored = (type: string, data: Record<string, unknown>, actor: { id: string; role: string; name?: string }, position: number) =>
  ({ type, data, metadata: { actor }, globalPosition: position }) as unknown as StoredEvent;

type Tally = { id: string; count: number; by: string };
type TallyEvent = { type: 'Counted'; data: { tallyId: string } } | { type: 'Dropped'; data: { tallyId: string } };

const tally: RowProjectionDefinition<Tally> = {
  name: 'tallies',
  table: 'tally_view',
  handles: ['Counted', 'Dropped'],
  rowId: rowIdFrom('tallyId'),
  evolve(row, event) {
    const domainEvent = domainEventOf<TallyEvent>(event);
    if (domainEvent.type === 'Dropped') return null;
    return { id: domainEvent.data.tallyId, count: (row?.count ?? 0) + 1, by: actorName(event) };
  },
};

describe('row projection helpers', () => {
  const office = { id: 'u1', role: 'programme-office', name: 'Pat Office' };
  const unnamed = { id: 'u2', role: 'lead' };

  it('rowIdFrom reads the id from the named field, and null where the event has none', () => {
    expect(rowIdFrom('tallyId')(stored('Counted', { tallyId: 't1' }, office, 1))).toBe('t1');
    expect(rowIdFrom('tallyId')(stored('Counted', {}, office, 1))).toBeNull();
  });

  it('folds rows by id: names the actor (else their id), skips events without an id, deletes on null', () => {
    const rows = foldRows(tally, [
      stored('Counted', { tallyId: 't1' }, office, 1),
      stored('Counted', { tallyId: 't1' }, unnamed, 2),
      stored('Counted', { tallyId: 't2' }, office, 3),
      stored('Counted', {}, office, 4),
      stored('Ignored', { tallyId: 't2' }, office, 5),
      stored('Dropped', { tallyId: 't2' }, office, 6),
    ]);
    expect([...rows.entries()]).toEqual([['t1', { id: 't1', count: 2, by: 'u2' }]]);
  });
});
