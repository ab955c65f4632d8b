/** The accounts a first start created, as a table to print and keep (the passwords are shown once). */
export function accountsTable(accounts: { username: string; password: string; role: string; name?: string }[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length), 8);
  const roleWidth = Math.max(...accounts.map((a) => a.role.length), 4);
  return [
    `${'username'.padEnd(width)}  ${'role'.padEnd(roleWidth)}  password                  name`,
    ...accounts.map((a) => `${a.username.padEnd(width)}  ${a.role.padEnd(roleWidth)}  ${a.password.padEnd(24)}  ${a.name ?? ''}`),
  ].join('\n');
}
