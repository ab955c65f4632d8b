import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import { Type } from 'class-transformer';
import { ID_PATTERN, IsCalendarDate, IsFinancialYear, IsLedgerId, IsPence } from './validators';

/**
 * Field decorators for request DTOs: each carries a field's validation and its exact OpenAPI
 * (type, format, pattern, enum, limits) in one place, so the two never drift apart. The
 * validation is the same decorators a DTO used to stack, in the same order. Every message is a
 * sentence for people: written for the field (`say`), or made once here from the field's
 * `label` (or, without one, from its property name: "ownerId" → "the owner").
 */

/** What a DTO says about a field; the decorator adds the type and the limits. */
export interface FieldDoc {
  description?: string;
  example?: unknown;
  default?: unknown;
  /** Only 'password': a client hides what is typed. */
  format?: 'password';
  /** The field may be absent (and, as class-validator's IsOptional has it, null). */
  optional?: boolean;
  /** Documents null as a value the command gives meaning to (e.g. "clears it"). */
  nullable?: boolean;
  /**
   * What a person is told, written for this field (class-validator's "$property must …"
   * otherwise): the form shows it beside the field the 400 names.
   */
  say?: FieldMessages;
  /**
   * The field as a person would name it, with its article: "the meeting’s title". The general
   * messages use it ("Enter the meeting’s title (up to 300 characters)"); without it they name
   * the property in words.
   */
  label?: string;
}

/** A field's messages, each in the words of the form that fills it. */
export interface FieldMessages {
  /** absent, empty, or not of the field's type: "Enter the proposal's title" */
  missing?: string;
  /** present but not a value the field takes (a format, a list's item, a range) */
  invalid?: string;
  /** a list with fewer items than its minimum: "Choose at least one strategic outcome …" */
  tooFew?: string;
  /** longer than the field's maximum (characters or items) */
  tooLong?: string;
}

type Message = string | ((args: ValidationArguments) => string);

/** A validator's options with this field's message (each: for a list's items). */
function saying(message: Message | undefined, each?: boolean): { message?: Message; each?: boolean } | undefined {
  if (!message && !each) return undefined;
  return { ...(message ? { message } : {}), ...(each ? { each } : {}) };
}

const plural = (word: string) => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /s$/.test(word) ? word : `${word}s`);

/**
 * A property's name in words, for a field with no label: "ownerId" → "the owner", "priorityIds"
 * → "the priorities", "dueOn" → "the due date", "amountPence" → "the amount".
 */
export function labelOf(property: string): string {
  if (property === 'on') return 'the day';
  let name = property.replace(/Pence$/, '');
  let ids = false;
  let day = false;
  if (/.Ids$/.test(name)) [name, ids] = [name.slice(0, -3), true];
  else if (/.Id$/.test(name)) name = name.slice(0, -2);
  else if (/.On$/.test(name)) [name, day] = [name.slice(0, -2), true];
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()));
  if (ids) words.push(plural(words.pop() as string));
  if (day) words.push('date');
  return `the ${words.join(' ')}`;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** A message made when the field is checked, from its label or its property's name. */
function general(doc: FieldDoc, sentence: (what: string) => string): Message {
  const { label } = doc;
  return label ? sentence(label) : (args: ValidationArguments) => sentence(labelOf(args.property));
}

/** A length's message that, for a value that is no text at all, says what is missing instead. */
function orMissing(message: Message, missing: Message): Message {
  const say = (m: Message, args: ValidationArguments) => (typeof m === 'string' ? m : m(args));
  return (args: ValidationArguments) => say(typeof args.value === 'string' ? message : missing, args);
}

/** "A, B or C" (or "one from the list" where the list is long). */
function choices(values: readonly string[]): string {
  if (values.length > 8) return 'one from the list';
  return values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

const ID_WORDS = 'a reference of up to 100 letters, digits, “-” or “_”, starting with a letter or digit';

type Decorator = PropertyDecorator;

/** Decorators listed top to bottom as they were stacked on a property (which applies bottom-up). */
function stacked(...decorators: (Decorator | false | undefined)[]): Decorator {
  return applyDecorators(...decorators.filter((d): d is Decorator => !!d).reverse());
}

function property(doc: FieldDoc, schema: Record<string, unknown>): Decorator {
  const { optional, nullable, say: _say, label: _label, ...rest } = doc;
  return ApiProperty({ ...schema, ...rest, required: !optional, ...(nullable ? { nullable: true } : {}) } as never);
}

/** The `pattern` every id has (IsLedgerId). */
export const ID_SCHEMA = { type: 'string', pattern: ID_PATTERN.source, maxLength: 100 } as const;

/** An id of something in the ledger: a short slug or a UUID (IsLedgerId). */
export function LedgerIdField(doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, ID_SCHEMA), doc.optional && IsOptional(), IsLedgerId(saying(doc.say?.invalid ?? general(doc, (what) => `Give ${what} as ${ID_WORDS}`))));
}

/** A list of ids, at most `max` (at least `min`), each once when `unique`. */
export function LedgerIdsField(doc: FieldDoc & { max: number; min?: number; unique?: boolean }): Decorator {
  const { max, min, unique, ...rest } = doc;
  return stacked(
    property(rest, { type: 'array', items: ID_SCHEMA, maxItems: max, ...(min ? { minItems: min } : {}), ...(unique ? { uniqueItems: true } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing ?? general(rest, (what) => `Give ${what} as a list`))),
    min !== undefined && ArrayMinSize(min, saying(rest.say?.tooFew ?? general(rest, (what) => `Choose at least ${min === 1 ? 'one' : count(min)}: ${what}`))),
    ArrayMaxSize(max, saying(rest.say?.tooLong ?? general(rest, (what) => `Choose at most ${count(max)}: ${what}`))),
    unique && ArrayUnique(saying(rest.say?.invalid ?? general(rest, (what) => `Choose each of ${what} once`))),
    IsLedgerId(saying(rest.say?.invalid ?? general(rest, (what) => `Give each of ${what} as ${ID_WORDS}`), true)),
  );
}

/** Text a person typed, at most `max` characters; not empty unless optional (then it may be ''). */
export function TextField(doc: FieldDoc & { max: number }): Decorator {
  const { max, ...rest } = doc;
  const required = !rest.optional;
  const missing = rest.say?.missing ?? general(rest, (what) => `Enter ${what} (up to ${count(max)} characters)`);
  return stacked(
    property(rest, { type: 'string', maxLength: max, ...(required ? { minLength: 1 } : {}) }),
    rest.optional && IsOptional(),
    IsString(saying(missing)),
    required && IsNotEmpty(saying(missing)),
    MaxLength(max, saying(orMissing(rest.say?.tooLong ?? general(rest, (what) => `Keep ${what} to ${count(max)} characters or fewer`), missing))),
  );
}

/** A list of texts: at most `maxItems` (at least `minItems`), each not empty and at most `max` long. */
export function TextsField(doc: FieldDoc & { max: number; maxItems: number; minItems?: number }): Decorator {
  const { max, maxItems, minItems, ...rest } = doc;
  return stacked(
    property(rest, { type: 'array', items: { type: 'string', minLength: 1, maxLength: max }, maxItems, ...(minItems ? { minItems } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing ?? general(rest, (what) => `Give ${what} as a list`))),
    minItems !== undefined && ArrayMinSize(minItems, saying(rest.say?.tooFew ?? general(rest, (what) => `Give at least ${minItems === 1 ? 'one' : count(minItems)}: ${what}`))),
    ArrayMaxSize(maxItems, saying(rest.say?.tooLong ?? general(rest, (what) => `Give at most ${count(maxItems)}: ${what}`))),
    IsString(saying(rest.say?.invalid ?? general(rest, (what) => `Give each of ${what} as text`), true)),
    IsNotEmpty(saying(rest.say?.invalid ?? general(rest, (what) => `Leave none of ${what} blank`), true)),
    MaxLength(max, saying(rest.say?.tooLong ?? general(rest, (what) => `Keep each of ${what} to ${count(max)} characters or fewer`), true)),
  );
}

/** The OpenAPI of a calendar date (IsCalendarDate). */
export const CALENDAR_DATE_SCHEMA = { type: 'string', format: 'date' } as const;

/** A calendar date, YYYY-MM-DD (IsCalendarDate; the domain refuses impossible days). */
export function CalendarDateField(doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, CALENDAR_DATE_SCHEMA),
    doc.optional && IsOptional(),
    IsCalendarDate(saying(doc.say?.invalid ?? doc.say?.missing ?? general(doc, (what) => `Enter ${what} as a date such as 2006-03-09`))),
  );
}

/** A UK public-sector financial year such as 2006/07 (IsFinancialYear). */
export function FinancialYearField(doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, { type: 'string', pattern: '^\\d{4}/\\d{2}$' }),
    doc.optional && IsOptional(),
    IsFinancialYear(saying(doc.say?.invalid ?? doc.say?.missing ?? general(doc, (what) => `Enter ${what} as a financial year such as 2006/07`))),
  );
}

/** One of a slice's listed values (its constant, never a re-typed list). */
export function EnumField(values: readonly string[], doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, { type: 'string', enum: [...values] }),
    doc.optional && IsOptional(),
    IsIn(values, saying(doc.say?.invalid ?? doc.say?.missing ?? general(doc, (what) => `Choose ${what}: ${choices(values)}`))),
  );
}

/** Money in whole pence (IsPence): an integer, not below zero unless `allowNegative`. */
export function PenceField(doc: FieldDoc & { allowNegative?: boolean; message?: (what: string) => string }): Decorator {
  const { allowNegative, message: given, ...rest } = doc;
  const message =
    rest.say?.invalid ??
    rest.say?.missing ??
    general(rest, given ?? ((what) => `Enter ${what}: ${allowNegative ? 'an amount' : 'an amount of zero or more'}, in whole pence (the form converts pounds)`));
  return stacked(
    property(rest, { type: 'integer', ...(allowNegative ? {} : { minimum: 0 }) }),
    rest.optional && IsOptional(),
    IsPence({ allowNegative, message }),
  );
}

/** True or false. */
export function BooleanField(doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, { type: 'boolean' }), doc.optional && IsOptional(), IsBoolean(saying(doc.say?.invalid ?? general(doc, (what) => `Answer yes or no (true or false) for ${what}`))));
}

/** Why, in the caller's words: recorded with the event (required where the command's rule needs one). */
export function ReasonField(doc: FieldDoc = {}): Decorator {
  return TextField({ description: 'Why this is being done; recorded with the event.', ...doc, max: 2000 });
}

/** An object of the given class, validated in depth (`must be an object` when it is not). */
export function NestedField(type: () => new () => object, doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, { type: type() }),
    doc.optional ? IsOptional() : IsObject({ message: doc.say?.missing ?? general(doc, (what) => `Give ${what}`) }),
    ValidateNested({ message: doc.say?.missing ?? general(doc, (what) => `Give ${what}`) }),
    Type(type),
  );
}

/** A list of objects of the given class, at most `max` (at least `min`), each validated in depth. */
export function NestedListField(type: () => new () => object, doc: FieldDoc & { max: number; min?: number }): Decorator {
  const { max, min, ...rest } = doc;
  return stacked(
    property(rest, { type: [type()], maxItems: max, ...(min ? { minItems: min } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing ?? general(rest, (what) => `Give ${what} as a list`))),
    min !== undefined && ArrayMinSize(min, saying(rest.say?.tooFew ?? general(rest, (what) => `Give at least ${min === 1 ? 'one' : count(min)}: ${what}`))),
    ArrayMaxSize(max, saying(rest.say?.tooLong ?? general(rest, (what) => `Give at most ${count(max)}: ${what}`))),
    ValidateNested({ each: true, message: rest.say?.invalid ?? general(rest, (what) => `Give each of ${what} with its fields`) }),
    Type(type),
  );
}

/**
 * A whole number from `min` (to `max`); `query` converts a query parameter's text first
 * (a body's number is taken as sent).
 */
export function IntegerField(doc: FieldDoc & { min: number; max?: number; query?: boolean; default?: number }): Decorator {
  const { min, max, query, ...rest } = doc;
  const whole = (what: string) => `Enter ${what}: a whole number ${max !== undefined ? `from ${count(min)} to ${count(max)}` : `of ${count(min)} or more`}`;
  return stacked(
    property(rest, { type: 'integer', minimum: min, ...(max !== undefined ? { maximum: max } : {}) }),
    rest.optional && IsOptional(),
    query && Type(() => Number),
    IsInt(saying(rest.say?.invalid ?? general(rest, whole))),
    Min(min, saying(rest.say?.invalid ?? general(rest, whole))),
    max !== undefined && Max(max, saying(rest.say?.invalid ?? general(rest, whole))),
  );
}

/** A finite number (a measure in an indicator's unit), not below `min` where one is given. */
export function NumberField(doc: FieldDoc & { min?: number }): Decorator {
  const { min, ...rest } = doc;
  const number = (what: string) => `Enter ${what} as a number${min !== undefined ? ` of ${count(min)} or more` : ''}`;
  return stacked(
    property(rest, { type: 'number', ...(min !== undefined ? { minimum: min } : {}) }),
    rest.optional && IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, saying(rest.say?.invalid ?? general(rest, number))),
    min !== undefined && Min(min, saying(rest.say?.invalid ?? general(rest, number))),
  );
}
