import type { ArgumentMetadata, INestApplicationContext, PipeTransform } from '@nestjs/common';
import { PeopleDirectory, type PersonReference } from '../person/people-directory';
import { type FieldDoc, LedgerIdField } from './fields';

const PERSON_FIELDS = Symbol('person-fields');

/**
 * A request field that names a person (a lead, an owner, the accountable member): an id
 * whose person must be in the people directory. PersonFieldsPipe checks every such field of
 * a body, nested ones included, before the command is sent: one check for all of them.
 */
export function PersonIdField(doc: FieldDoc = {}): PropertyDecorator {
  const field = LedgerIdField({
    ...doc,
    description: `${doc.description ? `${doc.description} ` : ''}A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).`,
  });
  return (target, key) => {
    field(target, key);
    const inherited: (string | symbol)[] = Reflect.getMetadata(PERSON_FIELDS, target) ?? [];
    Reflect.defineMetadata(PERSON_FIELDS, [...inherited, key], target);
  };
}

/** The person ids a validated body names, with their fields as a 400 names them (`accountable.personId`). */
export function personReferencesOf(value: unknown, path = '', depth = 0): PersonReference[] {
  if (value === null || typeof value !== 'object' || depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => personReferencesOf(item, `${path}[${i}]`, depth + 1));
  const marked: (string | symbol)[] = Reflect.getMetadata(PERSON_FIELDS, value) ?? [];
  const record = value as Record<string, unknown>;
  const own = marked
    .filter((key): key is string => typeof key === 'string' && typeof record[key] === 'string')
    .map((key) => ({ field: path ? `${path}.${key}` : key, personId: record[key] as string }));
  const nested = Object.keys(record)
    .filter((key) => record[key] !== null && typeof record[key] === 'object')
    .flatMap((key) => personReferencesOf(record[key], path ? `${path}.${key}` : key, depth + 1));
  return [...own, ...nested];
}

/**
 * After the ValidationPipe (the body is a DTO instance, its ids well-formed): refuses a body
 * naming a person the directory does not hold, before any handler runs, so nothing is
 * appended. The directory is looked up on first use: the OpenAPI preview builds no providers.
 */
export class PersonFieldsPipe implements PipeTransform {
  private directory?: PeopleDirectory;

  constructor(private readonly app: INestApplicationContext) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body') return value;
    const references = personReferencesOf(value);
    if (references.length === 0) return value;
    this.directory ??= this.app.get(PeopleDirectory, { strict: false });
    await this.directory.requireKnown(references);
    return value;
  }
}
