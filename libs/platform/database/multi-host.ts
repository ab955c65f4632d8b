import { Client, type ClientConfig } from 'pg';

/**
 * libpq's multi-host connection strings for node-postgres, which has none (pg 8 takes one
 * host; its URL parser refuses `h1:5432,h2:5433`). Written here, in one place, rather than
 * taken from npm: no maintained package adds it to `pg`, and all it takes is to choose
 * the host before a connection opens. `postgres://u:p@h1:5432,h2:5433/db?target_session_attrs=read-write`:
 *
 * - `read-write` / `primary`: the host where `pg_is_in_recovery()` is false; every new
 *   connection checks again, so after a failover the pools reconnect to the promoted node
 *   and never write to (or wait on) a demoted or recovering one.
 * - `prefer-standby`: a hot standby when one answers, else the primary (for reads).
 * - `standby`: a hot standby only. `any` (the default): the first host that answers.
 *
 * A URL of one host without target_session_attrs is passed to pg untouched.
 */

export type TargetSessionAttrs = 'any' | 'read-write' | 'primary' | 'prefer-standby' | 'standby';
const TARGETS: readonly TargetSessionAttrs[] = ['any', 'read-write', 'primary', 'prefer-standby', 'standby'];

export interface DatabaseHost {
  host: string;
  port: number;
}

export interface MultiHostUrl {
  hosts: DatabaseHost[];
  target: TargetSessionAttrs;
  /** The URL for one host: the same user, database and parameters, without target_session_attrs. */
  urlFor(host: DatabaseHost): string;
}

/** Splits a (multi-host) URL; throws a clear error on a malformed host list or target. */
export function parseDatabaseUrl(url: string): MultiHostUrl {
  const m = /^(postgres(?:ql)?:\/\/)([^@/?#]*@)?([^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/.exec(url);
  if (!m) throw new Error('The database URL must look like postgres://user:password@host:port[,host:port…]/database');
  const [, scheme, userinfo = '', hostList, path = '', query = ''] = m;
  const params = new URLSearchParams(query.slice(1));
  const target = (params.get('target_session_attrs') ?? 'any') as TargetSessionAttrs;
  if (!TARGETS.includes(target)) {
    throw new Error(`target_session_attrs must be one of ${TARGETS.join(', ')}, got "${target}"`);
  }
  params.delete('target_session_attrs');
  const hosts = hostList.split(',').map((part) => {
    const h = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(part);
    if (!h || !h[1]) throw new Error(`The database URL's host list has an empty or malformed host: "${part}"`);
    return { host: h[1].replace(/^\[|\]$/g, ''), port: h[2] ? Number(h[2]) : 5432 };
  });
  const rest = params.toString();
  return {
    hosts,
    target,
    urlFor: ({ host, port }) => `${scheme}${userinfo}${host.includes(':') ? `[${host}]` : host}:${port}${path}${rest ? `?${rest}` : ''}`,
  };
}

/** True when the URL needs this module (more than one host, or a target to check). */
export function isMultiHost(url: string): boolean {
  try {
    const parsed = parseDatabaseUrl(url);
    return parsed.hosts.length > 1 || parsed.target !== 'any';
  } catch {
    return false;
  }
}

const UNAVAILABLE = '57P03'; // cannot_connect_now: the callers' "database unavailable" (503, retried)

function unavailable(message: string): Error {
  return Object.assign(new Error(message), { code: UNAVAILABLE });
}

/** Which host to use now; shared by every connection of one URL, probed again when it fails. */
class HostSelector {
  private known?: DatabaseHost;
  private probing?: Promise<DatabaseHost>;
  private next = 0;

  constructor(
    private readonly parsed: MultiHostUrl,
    private readonly probeTimeoutMs: number,
  ) {}

  pick(): Promise<DatabaseHost> {
    if (this.known) return Promise.resolve(this.known);
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
    return this.probing;
  }

  forget(host: DatabaseHost): void {
    if (this.known === host) this.known = undefined;
  }

  private async probe(): Promise<DatabaseHost> {
    const { hosts, target } = this.parsed;
    let lastError: Error | undefined;
    let fallbackPrimary: DatabaseHost | undefined;
    const wrongRole: string[] = [];
    // Start after the last host chosen, so a failed node is not always tried first.
    for (let k = 0; k < hosts.length; k++) {
      const host = hosts[(this.next + k) % hosts.length];
      const client = new Client({ connectionString: this.parsed.urlFor(host), connectionTimeoutMillis: this.probeTimeoutMs, query_timeout: this.probeTimeoutMs });
      client.on('error', () => undefined);
      let inRecovery: boolean;
      try {
        await client.connect();
        inRecovery = (await client.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')).rows[0].r;
      } catch (error) {
        lastError = error as Error;
        continue;
      } finally {
        await client.end().catch(() => undefined);
      }
      const wanted =
        target === 'any' ||
        ((target === 'read-write' || target === 'primary') && !inRecovery) ||
        ((target === 'standby' || target === 'prefer-standby') && inRecovery);
      if (wanted) {
        this.next = (hosts.indexOf(host) + 1) % hosts.length;
        this.known = host;
        return host;
      }
      if (target === 'prefer-standby' && !inRecovery) fallbackPrimary ??= host;
      wrongRole.push(`${host.host}:${host.port}`);
    }
    if (fallbackPrimary) return fallbackPrimary; // not remembered: a standby may come back
    if (wrongRole.length > 0) {
      throw unavailable(`No database host is ${target === 'standby' ? 'a standby' : 'accepting writes'} (${wrongRole.join(', ')} answered as the wrong role${lastError ? `; another: ${lastError.message}` : ''})`);
    }
    throw lastError ?? unavailable('No database host answered');
  }
}

const selectors = new Map<string, HostSelector>();

function selectorFor(url: string, probeTimeoutMs: number): { parsed: MultiHostUrl; selector: HostSelector } {
  const parsed = parseDatabaseUrl(url);
  let selector = selectors.get(url);
  if (!selector) {
    selector = new HostSelector(parsed, probeTimeoutMs);
    selectors.set(url, selector);
  }
  return { parsed, selector };
}

type ConnectCallback = ((error: Error) => void) | ((error: null, client: Client) => void);

/**
 * A pg Client class for `url` that opens its connection on the host the URL's
 * target_session_attrs asks for (pg-pool's `Client` option takes it, and TypeORM's `extra`).
 */
export function multiHostClientClass(url: string, probeTimeoutMs = 3000): typeof Client {
  const { parsed, selector } = selectorFor(url, probeTimeoutMs);
  const checkWritable = parsed.target === 'read-write' || parsed.target === 'primary';
  class MultiHostClient extends Client {
    override connect(): Promise<Client>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<Client> | void {
      const connected = this.openOnChosenHost().then(() => this as Client);
      if (!callback) return connected;
      connected.then(
        (client) => (callback as (e: null, c: Client) => void)(null, client),
        (error: Error) => (callback as (e: Error) => void)(error),
      );
    }

    private async openOnChosenHost(): Promise<void> {
      const host = await selector.pick();
      const self = this as unknown as { host: string; port: number; connectionParameters: { host: string; port: number }; _ending?: boolean };
      self.host = self.connectionParameters.host = host.host;
      self.port = self.connectionParameters.port = host.port;
      // A connection lost without being ended: the host may be gone, choose again next time.
      this.once('end', () => {
        if (!self._ending) selector.forget(host);
      });
      try {
        await super.connect();
      } catch (error) {
        selector.forget(host);
        throw error;
      }
      if (checkWritable) {
        // Checked on every new connection: a node that was primary may have been demoted since.
        const { rows } = await super.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
        if (rows[0].r) {
          selector.forget(host);
          await this.end().catch(() => undefined);
          throw unavailable(`The database at ${host.host}:${host.port} is no longer the primary (in recovery)`);
        }
      }
    }
  }
  return MultiHostClient;
}

/**
 * What to spread into a pg `Pool` or `Client` config for `url`: the URL itself for one host,
 * else the first host's URL and the multi-host Client class (Pool's `Client` option).
 */
export function pgConnectionConfig(url: string): { connectionString: string; Client?: typeof Client } {
  if (!isMultiHost(url)) return { connectionString: url };
  const parsed = parseDatabaseUrl(url);
  return { connectionString: parsed.urlFor(parsed.hosts[0]), Client: multiHostClientClass(url) };
}

/** A single pg Client for `url` (multi-host aware); connect it as usual. */
export function newPgClient(url: string, config: Omit<ClientConfig, 'connectionString'> = {}): Client {
  const { connectionString, Client: Chosen = Client } = pgConnectionConfig(url);
  return new Chosen({ ...config, connectionString });
}
