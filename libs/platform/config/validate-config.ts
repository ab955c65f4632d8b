import type { DynamicModule } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Values never repeated in an error: a secret, or a URL that may hold a password. */
const SECRET = /SECRET|TOKEN|PASSWORD|_URL$|CONNECTION_STRING/;

/** A configuration the app must not start with: `problems` name each variable and what is wanted. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** "NAME must …" once per distinct wish, then what was given (as typed, before conversion). */
function describe(error: ValidationError, given: Record<string, unknown>): string {
  const wanted = [...new Set(Object.values(error.constraints ?? {}))].join('; ');
  const typed = given[error.property];
  const shown = typed === undefined ? ' (not set)' : SECRET.test(error.property) ? '' : ` (got "${String(typed)}")`;
  return `${wanted}${shown}`;
}

/**
 * The environment as a typed, validated object of `schema` (a class-validator class whose
 * properties are the variables, with their defaults). Unknown variables are ignored; any bad
 * value throws a ConfigurationError naming every bad variable.
 */
export function validateConfig<T extends object>(schema: new () => T, env: Record<string, unknown>): T {
  // An empty variable means "not set", as a shell's `VAR=` usually does.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const config = plainToInstance(schema, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) throw new ConfigurationError(errors.map((e) => describe(e, given)));
  return config;
}

/**
 * Reads the process environment once through @nestjs/config (its `validate` hook runs
 * `validate` at start) and gives back the typed configuration and the module that offers it
 * as ConfigService to the app's providers.
 */
export async function loadConfiguration<T extends object>(validate: (env: Record<string, unknown>) => T): Promise<{ config: T; module: DynamicModule }> {
  // Loaded here, not at the top: @nestjs/config is an ES module, which jest's CommonJS
  // runtime cannot load; the apps' mains (Node's require of ES modules) can.
  const { ConfigModule } = await import('@nestjs/config');
  let config: T | undefined;
  const module = await ConfigModule.forRoot({
    isGlobal: true,
    ignoreEnvFile: true,
    cache: true,
    validate: (env) => (config = validate(env)),
  });
  if (!config) throw new Error('The configuration was not validated');
  return { config, module };
}
