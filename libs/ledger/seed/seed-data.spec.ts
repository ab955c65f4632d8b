import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedData, SeedDataError } from './seed-data';

const ACTORS = '- id: office\n  role: programme-office\n  name: The office\n';
const GOOD = '- as: office\n  post: /programmes\n  body:\n    programmeId: p\n';

describe('loadSeedData', () => {
  let dir: string;
  const write = (actors: string, requests: Record<string, string>, people = '[]') => {
    writeFileSync(join(dir, 'actors.yaml'), actors);
    writeFileSync(join(dir, 'people.yaml'), people);
    for (const [name, text] of Object.entries(requests)) writeFileSync(join(dir, 'requests', name), text);
  };
  const refusal = () => {
    try {
      loadSeedData(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(SeedDataError);
      return (error as Error).message;
    }
    throw new Error('loaded bad data');
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-data-'));
    mkdirSync(join(dir, 'requests'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the actors, then the request files in the order of their names', () => {
    write(ACTORS, { '02-b.yaml': GOOD.replace('programmeId: p', 'programmeId: b'), '01-a.yaml': GOOD });
    const { actors, requests } = loadSeedData(dir);
    expect(actors).toEqual([{ id: 'office', role: 'programme-office', name: 'The office' }]);
    expect(requests.map((r) => [r.method, r.path, r.body.programmeId, r.actor.id])).toEqual([
      ['POST', '/programmes', 'p', 'office'],
      ['POST', '/programmes', 'b', 'office'],
    ]);
  });

  it('reads the people without an account, checked to be POST /people with a person id', () => {
    const person = '- as: office\n  post: /people\n  body:\n    personId: person-past\n    name: A past post-holder\n';
    write(ACTORS, { '01-a.yaml': GOOD }, person);
    expect(loadSeedData(dir).people.map((p) => [p.method, p.path, p.body.personId])).toEqual([['POST', '/people', 'person-past']]);
    write(ACTORS, { '01-a.yaml': GOOD }, person.replace('post: /people', 'post: /programmes'));
    expect(refusal()).toContain('expected post: /people with a personId');
  });

  it.each([
    ['an unknown actor', GOOD.replace('as: office', 'as: nobody'), /01-a\.yaml, entry 1, field "as": .*"nobody"/],
    ['no method', GOOD.replace('post:', 'path:'), /entry 1, field "path": not a field of a request/],
    ['both methods', `${GOOD}  put: /x\n`, /entry 1, field "post": give exactly one of post or put/],
    ['a path without its slash', GOOD.replace('/programmes', 'programmes'), /entry 1, field "post": expected a path/],
    ['a body that is a list', '- as: office\n  post: /x\n  body: [1]\n', /entry 1, field "body": expected a mapping/],
    ['a second entry that is bad', `${GOOD}- as: office\n  post: /x\n`, /entry 2, field "body"/],
  ])('refuses %s, naming the file, the entry and the field', (_, text, message) => {
    write(ACTORS, { '01-a.yaml': text });
    expect(refusal()).toMatch(message);
  });

  it('refuses an actor with a role the product does not have, and an actor listed twice', () => {
    write(ACTORS.replace('programme-office', 'mayor'), { '01-a.yaml': GOOD });
    expect(refusal()).toMatch(/actors\.yaml, entry 1, field "role": expected one of/);
    write(ACTORS + ACTORS, { '01-a.yaml': GOOD });
    expect(refusal()).toMatch(/actors\.yaml, entry 2, field "id": "office" is listed twice/);
  });

  it('refuses a document that is not YAML, or not a list', () => {
    write(ACTORS, { '01-a.yaml': '- as: office\n  post: [unclosed\n' });
    expect(refusal()).toMatch(/01-a\.yaml: /);
    write(ACTORS, { '01-a.yaml': 'as: office\n' });
    expect(refusal()).toMatch(/01-a\.yaml: expected a list of entries/);
  });
});
