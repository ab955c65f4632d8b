import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { IntegerField } from '../http/fields';

/** Every read may wait for a write's position first (see ReadYourWritesInterceptor). */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the write at this global position is projected', type: 'integer', minimum: 0, example: 1042 })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'waitForPosition must be a global position (a whole number)' })
  waitForPosition?: string;
}

export class PageQueryDto extends ReadQueryDto {
  @IntegerField({ min: 1, max: 200, query: true, default: 50, optional: true })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}

/** A bare calendar date is the end of that day: "as at the meeting on 23 March" includes the 23rd. */
export function momentOf(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

export function encodeCursor(value: string | number): string {
  return Buffer.from(String(value)).toString('base64url');
}

/** A page of a cursor-paginated list: its items, and the cursor after the last (null at the end). */
export type CursorPage<T = unknown> = { items: T[]; nextCursor: string | null };

/** The page answered for `rows` (`more`: a next page exists), its cursor the last row's key. */
export function cursorPage<R, T = R>(rows: R[], more: boolean, keyOf: (row: R) => string | number, show?: (row: R) => T): CursorPage<T> {
  return {
    items: show ? rows.map(show) : (rows as unknown as T[]),
    nextCursor: more ? encodeCursor(keyOf(rows[rows.length - 1])) : null,
  };
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString('utf8');
}
