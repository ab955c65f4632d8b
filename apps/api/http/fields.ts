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
import { Type } from 'class-transformer';
import { ID_PATTERN, IsCalendarDate, IsFinancialYear, IsLedgerId, IsPence } from './validators';

/**
 * Field decorators for request DTOs: each carries a field's validation and its exact OpenAPI
 * (type, format, pattern, enum, limits) in one place, so the two never drift apart. The
 * validation is the same decorators a DTO used to stack, in the same order: the messages,
 * codes and fields of a 400 are unchanged.
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

/** A validator's options with this field's message, where one is written (each: for a list's items). */
function saying(message: string | undefined, each?: boolean): { message?: string; each?: boolean } | undefined {
  if (!message && !each) return undefined;
  return { ...(message ? { message } : {}), ...(each ? { each } : {}) };
}

type Decorator = PropertyDecorator;

/** Decorators listed top to bottom as they were stacked on a property (which applies bottom-up). */
function stacked(...decorators: (Decorator | false | undefined)[]): Decorator {
  return applyDecorators(...decorators.filter((d): d is Decorator => !!d).reverse());
}

function property(doc: FieldDoc, schema: Record<string, unknown>): Decorator {
  const { optional, nullable, say: _say, ...rest } = doc;
  return ApiProperty({ ...schema, ...rest, required: !optional, ...(nullable ? { nullable: true } : {}) } as never);
}

/** The `pattern` every id has (IsLedgerId). */
export const ID_SCHEMA = { type: 'string', pattern: ID_PATTERN.source, maxLength: 100 } as const;

/** An id of something in the ledger: a short slug or a UUID (IsLedgerId). */
export function LedgerIdField(doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, ID_SCHEMA), doc.optional && IsOptional(), IsLedgerId(saying(doc.say?.invalid)));
}

/** A list of ids, at most `max` (at least `min`), each once when `unique`. */
export function LedgerIdsField(doc: FieldDoc & { max: number; min?: number; unique?: boolean }): Decorator {
  const { max, min, unique, ...rest } = doc;
  return stacked(
    property(rest, { type: 'array', items: ID_SCHEMA, maxItems: max, ...(min ? { minItems: min } : {}), ...(unique ? { uniqueItems: true } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing)),
    min !== undefined && ArrayMinSize(min, saying(rest.say?.tooFew)),
    ArrayMaxSize(max, saying(rest.say?.tooLong)),
    unique && ArrayUnique(saying(rest.say?.invalid)),
    IsLedgerId(saying(rest.say?.invalid, true)),
  );
}

/** Text a person typed, at most `max` characters; not empty unless optional (then it may be ''). */
export function TextField(doc: FieldDoc & { max: number }): Decorator {
  const { max, ...rest } = doc;
  const required = !rest.optional;
  return stacked(
    property(rest, { type: 'string', maxLength: max, ...(required ? { minLength: 1 } : {}) }),
    rest.optional && IsOptional(),
    IsString(saying(rest.say?.missing)),
    required && IsNotEmpty(saying(rest.say?.missing)),
    MaxLength(max, saying(rest.say?.tooLong)),
  );
}

/** A list of texts: at most `maxItems` (at least `minItems`), each not empty and at most `max` long. */
export function TextsField(doc: FieldDoc & { max: number; maxItems: number; minItems?: number }): Decorator {
  const { max, maxItems, minItems, ...rest } = doc;
  return stacked(
    property(rest, { type: 'array', items: { type: 'string', minLength: 1, maxLength: max }, maxItems, ...(minItems ? { minItems } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing)),
    minItems !== undefined && ArrayMinSize(minItems, saying(rest.say?.tooFew)),
    ArrayMaxSize(maxItems, saying(rest.say?.tooLong)),
    IsString(saying(rest.say?.invalid, true)),
    IsNotEmpty(saying(rest.say?.invalid, true)),
    MaxLength(max, saying(rest.say?.tooLong, true)),
  );
}

/** The OpenAPI of a calendar date (IsCalendarDate). */
export const CALENDAR_DATE_SCHEMA = { type: 'string', format: 'date' } as const;

/** A calendar date, YYYY-MM-DD (IsCalendarDate; the domain refuses impossible days). */
export function CalendarDateField(doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, CALENDAR_DATE_SCHEMA), doc.optional && IsOptional(), IsCalendarDate(saying(doc.say?.invalid ?? doc.say?.missing)));
}

/** A UK public-sector financial year such as 2006/07 (IsFinancialYear). */
export function FinancialYearField(doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, { type: 'string', pattern: '^\\d{4}/\\d{2}$' }),
    doc.optional && IsOptional(),
    IsFinancialYear(saying(doc.say?.invalid ?? doc.say?.missing)),
  );
}

/** One of a slice's listed values (its constant, never a re-typed list). */
export function EnumField(values: readonly string[], doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, { type: 'string', enum: [...values] }), doc.optional && IsOptional(), IsIn(values, saying(doc.say?.invalid ?? doc.say?.missing)));
}

/** Money in whole pence (IsPence): an integer, not below zero unless `allowNegative`. */
export function PenceField(doc: FieldDoc & { allowNegative?: boolean; message?: string }): Decorator {
  const { allowNegative, message: given, ...rest } = doc;
  const message = rest.say?.invalid ?? rest.say?.missing ?? given;
  return stacked(
    property(rest, { type: 'integer', ...(allowNegative ? {} : { minimum: 0 }) }),
    rest.optional && IsOptional(),
    IsPence({ allowNegative, ...(message ? { message } : {}) }),
  );
}

/** True or false. */
export function BooleanField(doc: FieldDoc = {}): Decorator {
  return stacked(property(doc, { type: 'boolean' }), doc.optional && IsOptional(), IsBoolean());
}

/** Why, in the caller's words: recorded with the event (required where the command's rule needs one). */
export function ReasonField(doc: FieldDoc = {}): Decorator {
  return TextField({ description: 'Why this is being done; recorded with the event.', ...doc, max: 2000 });
}

/** An object of the given class, validated in depth (`must be an object` when it is not). */
export function NestedField(type: () => new () => object, doc: FieldDoc = {}): Decorator {
  return stacked(
    property(doc, { type: type() }),
    doc.optional ? IsOptional() : IsObject({ message: doc.say?.missing ?? '$property must be an object' }),
    ValidateNested(),
    Type(type),
  );
}

/** A list of objects of the given class, at most `max` (at least `min`), each validated in depth. */
export function NestedListField(type: () => new () => object, doc: FieldDoc & { max: number; min?: number }): Decorator {
  const { max, min, ...rest } = doc;
  return stacked(
    property(rest, { type: [type()], maxItems: max, ...(min ? { minItems: min } : {}) }),
    rest.optional && IsOptional(),
    IsArray(saying(rest.say?.tooFew ?? rest.say?.missing)),
    min !== undefined && ArrayMinSize(min, saying(rest.say?.tooFew)),
    ArrayMaxSize(max, saying(rest.say?.tooLong)),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/**
 * A whole number from `min` (to `max`); `query` converts a query parameter's text first
 * (a body's number is taken as sent).
 */
export function IntegerField(doc: FieldDoc & { min: number; max?: number; query?: boolean; default?: number }): Decorator {
  const { min, max, query, ...rest } = doc;
  return stacked(
    property(rest, { type: 'integer', minimum: min, ...(max !== undefined ? { maximum: max } : {}) }),
    rest.optional && IsOptional(),
    query && Type(() => Number),
    IsInt(),
    Min(min),
    max !== undefined && Max(max),
  );
}

/** A finite number (a measure in an indicator's unit), not below `min` where one is given. */
export function NumberField(doc: FieldDoc & { min?: number }): Decorator {
  const { min, ...rest } = doc;
  return stacked(
    property(rest, { type: 'number', ...(min !== undefined ? { minimum: min } : {}) }),
    rest.optional && IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    min !== undefined && Min(min),
  );
}
