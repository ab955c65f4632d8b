import { isMultiHost, parseDatabaseUrl, pgConnectionConfig } from './multi-host';

describe('multi-host database URLs', () => {
  it('splits the hosts and keeps user, database and other parameters for each', () => {
    const parsed = parseDatabaseUrl('postgres://u:p%40ss@db-a:5433,db-b,[::1]:6000/ledger?sslmode=disable&target_session_attrs=read-write');
    expect(parsed.target).toBe('read-write');
    expect(parsed.hosts).toEqual([
      { host: 'db-a', port: 5433 },
      { host: 'db-b', port: 5432 },
      { host: '::1', port: 6000 },
    ]);
    expect(parsed.urlFor(parsed.hosts[1])).toBe('postgres://u:p%40ss@db-b:5432/ledger?sslmode=disable');
    expect(parsed.urlFor(parsed.hosts[2])).toBe('postgres://u:p%40ss@[::1]:6000/ledger?sslmode=disable');
  });

  it('passes a one-host URL to pg untouched', () => {
    const url = 'postgres://u:p@127.0.0.1:5432/ledger';
    expect(isMultiHost(url)).toBe(false);
    expect(pgConnectionConfig(url)).toEqual({ connectionString: url });
    const multi = pgConnectionConfig('postgres://u:p@a:1,b:2/ledger?target_session_attrs=read-write');
    expect(multi.connectionString).toBe('postgres://u:p@a:1/ledger');
    expect(typeof multi.Client).toBe('function');
  });

  it('refuses an unknown target and an empty host with a message that names them', () => {
    expect(() => parseDatabaseUrl('postgres://a:1,b:2/db?target_session_attrs=master')).toThrow(/target_session_attrs must be one of .* got "master"/);
    expect(() => parseDatabaseUrl('postgres://a:1,,b:2/db')).toThrow(/empty or malformed host: ""/);
  });
});
