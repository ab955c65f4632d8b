import { generatePassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts the generated passwords of the first administrator and the demo users (the seed makes them alike)', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect([password, passwordProblem(password, ['mpa-oversight-committee', 'MPA oversight committee'])]).toEqual([password, null]);
    }
  });

  it('refuses common, patterned and blank passwords, saying why', () => {
    expect(passwordProblem('password1234')).toMatch(/too easy to guess: it is a common password/);
    expect(passwordProblem(' '.repeat(12))).toMatch(/white space/);
    expect(passwordProblem('\t\n'.repeat(8))).toMatch(/white space/);
    expect(passwordProblem('qwertyuiop12')).toMatch(/too easy to guess/);
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toMatch(/too easy to guess/);
    expect(passwordProblem('person-tim-godwin', ['person-tim-godwin'])).toMatch(/user name/);
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });
});
