import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/** The roles of the demo users. */
export type SeedActorRole = 'programme-office' | 'lead' | 'oversight-committee' | 'administrator';
const ROLES: readonly SeedActorRole[] = ['programme-office', 'lead', 'oversight-committee', 'administrator'];

/**
 * Who sends a request: a demo user (username = id) that the seed registers and signs in
 * as, so the event's actor is that user. A lead's person id is the leadId proposals name.
 */
export interface SeedActor {
  readonly id: string;
  readonly role: SeedActorRole;
  readonly name: string;
  readonly personId?: string;
}

/** One HTTP command of the seed. */
export interface SeedRequest {
  readonly method: 'POST' | 'PUT';
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly actor: SeedActor;
}

/** The demo as the data directory holds it: its users, then its requests in the order they are sent. */
export interface SeedData {
  readonly actors: readonly SeedActor[];
  /** People without an account (people.yaml), recorded before the requests that name them. */
  readonly people: readonly SeedRequest[];
  readonly requests: readonly SeedRequest[];
}

/** A seed document that is not what the loader expects: names the file, the entry and the field. */
export class SeedDataError extends Error {
  constructor(file: string, entry: number | null, field: string | null, problem: string) {
    const where = [file, entry === null ? null : `entry ${entry}`, field === null ? null : `field "${field}"`].filter(Boolean).join(', ');
    super(`Seed data ${where}: ${problem}`);
    this.name = 'SeedDataError';
  }
}

/**
 * Where the demo's YAML lives: `apps/seed/data`, three levels above this folder both in the
 * sources (libs/ledger/seed) and in the build (dist/libs/ledger/seed, the build copies the data
 * to dist/apps/seed/data).
 */
export function seedDataDirectory(): string {
  return resolve(__dirname, '../../../apps/seed/data');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readEntries(path: string): { file: string; entries: unknown[] } {
  const file = relative(process.cwd(), path) || path;
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedDataError(file, null, null, (error as Error).message);
  }
  if (!Array.isArray(document)) throw new SeedDataError(file, null, null, 'expected a list of entries');
  return { file, entries: document };
}

function actorOf(file: string, index: number, entry: unknown): SeedActor {
  const fail = (field: string | null, problem: string) => new SeedDataError(file, index + 1, field, problem);
  if (!isRecord(entry)) throw fail(null, 'expected a mapping with id, role, name');
  const unknown = Object.keys(entry).find((k) => !['id', 'role', 'name', 'personId'].includes(k));
  if (unknown) throw fail(unknown, 'not a field of an actor (id, role, name, personId)');
  const { id, role, name, personId } = entry;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(id)) throw fail('id', 'expected lower-case letters, digits, "-" or "_"');
  if (!ROLES.includes(role as SeedActorRole)) throw fail('role', `expected one of ${ROLES.join(', ')}`);
  if (typeof name !== 'string' || name.trim() === '') throw fail('name', 'expected a non-empty string');
  if (personId !== undefined && typeof personId !== 'string') throw fail('personId', 'expected a string');
  return { id, role: role as SeedActorRole, name, ...(personId === undefined ? {} : { personId }) };
}

function requestOf(file: string, index: number, entry: unknown, actors: ReadonlyMap<string, SeedActor>): SeedRequest {
  const fail = (field: string | null, problem: string) => new SeedDataError(file, index + 1, field, problem);
  if (!isRecord(entry)) throw fail(null, 'expected a mapping with as, post (or put) and body');
  const unknown = Object.keys(entry).find((k) => !['as', 'post', 'put', 'body'].includes(k));
  if (unknown) throw fail(unknown, 'not a field of a request (as, post, put, body)');
  const methods = (['post', 'put'] as const).filter((m) => m in entry);
  if (methods.length !== 1) throw fail('post', 'give exactly one of post or put, with the path');
  const path = entry[methods[0]];
  if (typeof path !== 'string' || !path.startsWith('/')) throw fail(methods[0], 'expected a path beginning with "/"');
  const actor = typeof entry.as === 'string' ? actors.get(entry.as) : undefined;
  if (!actor) throw fail('as', `expected the id of an actor of actors.yaml, got ${JSON.stringify(entry.as)}`);
  if (!isRecord(entry.body)) throw fail('body', 'expected a mapping (the request body)');
  return { method: methods[0] === 'post' ? 'POST' : 'PUT', path, body: entry.body, actor };
}

/**
 * Reads the demo: `actors.yaml`, `people.yaml`, then every `requests/*.yaml` in the order of their names,
 * each a list sent in its order. Throws SeedDataError on the first bad entry.
 */
export function loadSeedData(directory = seedDataDirectory()): SeedData {
  const actorsFile = readEntries(join(directory, 'actors.yaml'));
  const actors = actorsFile.entries.map((entry, i) => actorOf(actorsFile.file, i, entry));
  const byId = new Map<string, SeedActor>();
  actors.forEach((actor, i) => {
    if (byId.has(actor.id)) throw new SeedDataError(actorsFile.file, i + 1, 'id', `"${actor.id}" is listed twice`);
    byId.set(actor.id, actor);
  });
  const requestsDirectory = join(directory, 'requests');
  const files = readdirSync(requestsDirectory).filter((name) => name.endsWith('.yaml')).sort();
  const requests = files.flatMap((name) => {
    const { file, entries } = readEntries(join(requestsDirectory, name));
    return entries.map((entry, i) => requestOf(file, i, entry, byId));
  });
  const peopleFile = readEntries(join(directory, 'people.yaml'));
  const people = peopleFile.entries.map((entry, i) => requestOf(peopleFile.file, i, entry, byId));
  people.forEach((person, i) => {
    if (person.path !== '/people' || typeof person.body.personId !== 'string') throw new SeedDataError(peopleFile.file, i + 1, 'post', 'expected post: /people with a personId');
  });
  return { actors: Object.freeze(actors), people: Object.freeze(people), requests: Object.freeze(requests) };
}

const demo = loadSeedData();

/** The seed, in the order it must be sent. */
export const SEED_REQUESTS: readonly SeedRequest[] = demo.requests;

/** The people without an account the requests name: recorded after the users, before the requests. */
export const SEED_PEOPLE: readonly SeedRequest[] = demo.people;

/** The demo users: every actor of the seed, and a user administrator; created by the seed through POST /users. */
export const DEMO_USERS: readonly SeedActor[] = demo.actors;

/** The programmes the seed establishes (POST /programmes), in order. */
export const SEED_PROGRAMME_IDS: readonly string[] = Object.freeze(
  SEED_REQUESTS.filter((r) => r.path === '/programmes').map((r) => String(r.body.programmeId)),
);
