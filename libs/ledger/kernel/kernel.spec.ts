import { deciderOf, type DomainCommand, type DomainEvent, foldEvents, keep, typeNames } from './decider';
import { requireIdList, requireText } from './assert';
import { assertCalendarDate, isCalendarDate } from './calendar-date';
import { AggregateNotFound, BusinessRuleViolation, DOMAIN_ERROR_CODES, DomainError, domainError, InvalidCommand } from './domain.errors';
import { assertFinancialYear, financialYearOf, isFinancialYear } from './financial-year';
import { assertPence, isPence } from './money';
import { streamIds } from './stream-ids';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
}

describe('money', () => {
  it.each([0, 1, 7_000_000_000, Number.MAX_SAFE_INTEGER])('accepts %p pence', (value) => {
    expect(assertPence(value, 'amountPence')).toBe(value);
  });

  it.each([
    0.5,
    0.1 + 0.2,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 1,
    '100',
    null,
  ])('refuses %p', (value) => {
    expect(isPence(value)).toBe(false);
    expect(codeOf(() => assertPence(value, 'amountPence'))).toBe('INVALID_AMOUNT');
  });

  it('refuses a negative amount unless the field allows it', () => {
    expect(codeOf(() => assertPence(-1, 'amountPence'))).toBe('INVALID_AMOUNT');
    expect(assertPence(-1, 'actual', { allowNegative: true })).toBe(-1);
  });
});

describe('financial years', () => {
  it.each(['2006/07', '1999/00', '2009/10'])('accepts %s', (value) => {
    expect(isFinancialYear(value)).toBe(true);
    expect(assertFinancialYear(value, 'financialYear')).toBe(value);
  });

  it.each(['2006/08', '2006-07', '2006/7', '06/07', '2006/2007', '', 2006])(
    'refuses %p',
    (value) => {
      expect(codeOf(() => assertFinancialYear(value, 'financialYear'))).toBe(
        'INVALID_FINANCIAL_YEAR',
      );
    },
  );

  it('places a date in the year running 1 April to 31 March', () => {
    expect(financialYearOf('2006-03-31')).toBe('2005/06');
    expect(financialYearOf('2006-04-01')).toBe('2006/07');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
  });
});

describe('calendar dates', () => {
  it.each(['2005-09-29', '2004-02-29', '2000-02-29', '2006-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2005-02-30',
    '1900-02-29',
    '2005-13-01',
    '2005-04-31',
    '2005-9-29',
    '2005-09-29T10:00:00Z',
    '29/09/2005',
    null,
  ])('refuses %p', (value) => {
    expect(codeOf(() => assertCalendarDate(value, 'decisionDate'))).toBe('INVALID_CALENDAR_DATE');
  });
});

describe('assertions', () => {
  it('trims text and refuses blanks', () => {
    expect(requireText('  Safer Neighbourhoods ', 'title')).toBe('Safer Neighbourhoods');
    expect(codeOf(() => requireText('   ', 'title'))).toBe('VALUE_REQUIRED');
    expect(codeOf(() => requireText(3, 'title'))).toBe('VALUE_REQUIRED');
  });

  it('refuses duplicate or unsafe ids in a list', () => {
    expect(codeOf(() => requireIdList(['a', 'a'], 'ids'))).toBe('DUPLICATE_VALUE');
    expect(codeOf(() => requireIdList(['a b'], 'ids'))).toBe('INVALID_ID');
    expect(codeOf(() => requireIdList('a', 'ids'))).toBe('INVALID_LIST');
  });
});

describe('domain errors', () => {
  it('chooses the class and kind from the code', () => {
    const rule = domainError('PROPOSAL_NOT_AGREED', 'x');
    const notFound = domainError('PROPOSAL_NOT_FOUND', 'x');
    const invalid = domainError('INVALID_AMOUNT', 'x', 'amountPence');
    expect(rule).toBeInstanceOf(BusinessRuleViolation);
    expect(rule).toBeInstanceOf(DomainError);
    expect(rule).toBeInstanceOf(Error);
    expect(rule.kind).toBe('rule');
    expect(notFound).toBeInstanceOf(AggregateNotFound);
    expect(notFound.kind).toBe('not-found');
    expect(invalid).toBeInstanceOf(InvalidCommand);
    expect(invalid).toMatchObject({
      kind: 'validation',
      field: 'amountPence',
      name: 'InvalidCommand',
    });
  });

  it('uses upper snake case codes', () => {
    Object.keys(DOMAIN_ERROR_CODES).forEach((code) => expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/));
  });
});

describe('stream ids', () => {
  it('names one stream per aggregate instance', () => {
    expect(streamIds.programme('mmp')).toBe('programme-mmp');
    expect(streamIds.proposal('sn')).toBe('proposal-sn');
    expect(streamIds.businessCase('sn')).toBe('business-case-sn');
    expect(streamIds.benefit('b1')).toBe('benefit-b1');
    expect(streamIds.deliveryPlan('mmp')).toBe('delivery-plan-mmp');
    expect(streamIds.risk('r1')).toBe('risk-r1');
    expect(streamIds.decisionLog('mmp')).toBe('decision-log-mmp');
  });

  it('refuses an unsafe id', () => {
    expect(codeOf(() => streamIds.proposal('../etc'))).toBe('INVALID_ID');
  });
});

describe('deciderOf', () => {
  type Counted = DomainEvent<'Counted', { by: number }>;
  type Count = DomainCommand<'Count', { by: number }>;
  const counter = deciderOf<Count, Counted, number>({
    initialState: () => 0,
    evolve: { Counted: (state, event) => state + event.data.by },
    decide: { Count: (command) => [{ type: 'Counted', data: { by: command.data.by } }] },
  });
  const fieldOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return { code: (error as DomainError).code, field: (error as DomainError).field };
    }
  };

  it('hands each command to its function and folds each event', () => {
    const events = counter.decide({ type: 'Count', data: { by: 2 } }, 0);
    expect(events).toEqual([{ type: 'Counted', data: { by: 2 } }]);
    expect(foldEvents(counter, [...events, ...events])).toBe(4);
  });
  it('refuses a command without data, of an unknown type, or named after an Object property', () => {
    expect(fieldOf(() => counter.decide({ type: 'Count' } as unknown as Count, 0))).toEqual({ code: 'INVALID_COMMAND', field: 'data' });
    expect(fieldOf(() => counter.decide({ type: 'Drop', data: {} } as unknown as Count, 0))).toEqual({ code: 'INVALID_COMMAND', field: 'type' });
    expect(fieldOf(() => counter.decide({ type: 'toString', data: {} } as unknown as Count, 0))).toEqual({ code: 'INVALID_COMMAND', field: 'type' });
  });
  it('leaves the state as it is for an event it has no entry for', () => {
    expect(counter.evolve(3, { type: 'Other', data: {} } as unknown as Counted)).toBe(3);
    expect(keep(3)).toBe(3);
  });
});

describe('typeNames', () => {
  it('lists the names of the record', () => {
    expect(typeNames<'A' | 'B'>({ A: true, B: true })).toEqual(['A', 'B']);
  });
});
