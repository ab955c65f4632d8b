import { accountReadyLine } from './first-start';

describe('the first start names the accounts it makes', () => {
  const account = { username: 'administrator', role: 'administrator', password: 'kV7#pL2!xQ9@zR4m' };

  it('prints the generated password for a person at a terminal (pretty logs)', () => {
    expect(accountReadyLine(account, 'also in .data/demo-users.txt', true)).toContain(account.password);
  });

  it('keeps it out of collected (JSON) logs, and says where it is', () => {
    const line = accountReadyLine(account, 'also in .data/demo-users.txt', false);
    expect(line).not.toContain(account.password);
    expect(line).toContain('.data/demo-users.txt');
  });

  it('says how to set one when the file could not be written', () => {
    const line = accountReadyLine(account, 'NOT written to /ro/demo-users.txt (EROFS)', false);
    expect(line).not.toContain(account.password);
    expect(line).toContain('reset-password administrator');
  });
});
