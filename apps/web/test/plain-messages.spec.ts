// class-validator's words said again in the words of a form's label (apps/web/src/forms/plain-messages.ts).
import { plainMessage } from '../src/forms/plain-messages';

describe('plainMessage', () => {
  it.each([
    ['meeting should not be empty', 'Meeting', false, 'Enter the meeting'],
    ['forum must be one of the following values: Authority, Committee', 'Forum', true, 'Choose the forum from the list'],
    ['consultees must contain at least 1 elements', 'Consultees (one a line)', false, 'Give at least one: the consultees'],
    ['predecessorIds must contain at least 1 elements', 'Predecessors', true, 'Choose at least one: the predecessors'],
    ['closesOn must be a calendar date YYYY-MM-DD', 'Closes on', false, 'Enter the closes on as a date'],
    ['title must be shorter than or equal to 5000 characters', 'Title', false, 'Keep the title to 5,000 characters or fewer'],
    ['likelihood must not be greater than 5', 'Likelihood (1–5)', false, 'The likelihood is at most 5'],
    ['period must be a financial year such as 2006/07 or a quarter such as 2006-Q3', 'Period', false, 'The period must be a financial year such as 2006/07 or a quarter such as 2006-Q3'],
    ['FBC must be a string', 'FBC stage', false, 'Enter the FBC stage'],
  ])('%s → %s', (message, label, choose, expected) => {
    expect(plainMessage(message, label, choose)).toBe(expected);
  });

  it('keeps a message the API wrote for people as it is', () => {
    expect(plainMessage('Choose at least one strategic outcome this proposal supports', 'Strategic outcomes it supports', true)).toBe(
      'Choose at least one strategic outcome this proposal supports',
    );
    expect(plainMessage('Use a point for decimals: £1.5m', 'Target')).toBe('Use a point for decimals: £1.5m');
  });
});
