import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { DEFAULT_EMBEDDED_PORT } from '@ledger/platform/database';

/**
 * An integer variable, given as text, from `min` (to `max` if given); `message`, if given,
 * replaces each of class-validator's. Applied as the stack `@Type @IsInt @Min @Max` would be.
 */
export function IsIntSetting(min: number, max?: number, message?: string): PropertyDecorator {
  const options = message === undefined ? undefined : { message };
  const decorators = [Type(() => Number), IsInt(options), Min(min, options), max !== undefined && Max(max, options)];
  return (target, key) => [...decorators].reverse().forEach((decorate) => decorate && decorate(target, key));
}

/** A TCP port variable (`min` to 65535), given as text; one message names it and the range. */
export function IsTcpPort(name: string, min = 0): PropertyDecorator {
  return IsIntSetting(min, 65535, `${name} must be a TCP port (an integer ${min}–65535)`);
}

/**
 * What the API, the projector and the CLI all read: where the database and the store's own
 * files are, which event store, and how to log. Each app's configuration class extends it.
 */
export class PlatformConfig {
  @IsOptional()
  @IsIn(['production', 'development', 'test'], { message: 'NODE_ENV must be production, development or test' })
  NODE_ENV?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' })
  LOG_LEVEL = 'info';

  /** JSON lines (the default when NODE_ENV=production) or pino-pretty's text. */
  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: 'json' | 'pretty';

  /** The PostgreSQL server (schema owner); unset, the API and CLI run the embedded one. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** The restricted role the API connects as with DATABASE_URL (migrations and grants stay with the owner). */
  @IsOptional()
  @IsString()
  DATABASE_APP_URL?: string;

  @IsTcpPort('EMBEDDED_PG_PORT', 1)
  EMBEDDED_PG_PORT = DEFAULT_EMBEDDED_PORT;

  /** Where a store keeps its own files (embedded cluster, secrets, demo accounts); `.data` by default. */
  @IsOptional()
  @IsString()
  LEDGER_DATA_DIR?: string;

  @IsIn(['postgres', 'kurrentdb'], { message: 'EVENT_STORE_ENGINE must be postgres or kurrentdb' })
  EVENT_STORE_ENGINE: 'postgres' | 'kurrentdb' = 'postgres';

  /** KurrentDB's connection string, with EVENT_STORE_ENGINE=kurrentdb. */
  @ValidateIf((c: PlatformConfig) => c.EVENT_STORE_ENGINE === 'kurrentdb' || c.KURRENTDB_CONNECTION_STRING !== undefined)
  @IsString({ message: 'KURRENTDB_CONNECTION_STRING is needed with EVENT_STORE_ENGINE=kurrentdb, e.g. kurrentdb://localhost:2113?tls=false' })
  KURRENTDB_CONNECTION_STRING?: string;

  @IsString()
  HOST = '0.0.0.0';
}
