import { deflateRawSync } from 'node:zlib';
import { ConfigurationError } from './validate-config';

/**
 * Start-up check of a signing key. Whoever knows JWT_SECRET can sign tokens, so a value
 * copied from a manifest or typed by hand is refused before the API serves anything.
 * Hand-written on purpose: password-strength libraries (zxcvbn and kin) model what people
 * type and cap their input; a random key needs only the tests below (variety, entropy, and
 * that it does not compress: a repeated pattern does).
 */

/** Words that mark a value as an example, not a key. */
const PLACEHOLDER = /change[-_ .]?me|changeme|example|placeholder|secret|password|dummy|sample|your[-_ ]?key|xxxx/i;

export const MIN_SECRET_ENTROPY_BITS = 128;
export const MIN_DISTINCT_CHARACTERS = 10;

/**
 * The Shannon entropy of the value's own character frequencies times its length: an upper
 * bound for a random string, and low for repeats and short alphabets ("aaaa…", "abab…").
 */
export function estimatedEntropyBits(value: string): number {
  const chars = [...value];
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * chars.length;
}

/** Why `value` may not sign tokens, naming the variable; null when it may. */
export function secretProblem(name: string, value: string): string | null {
  const howTo = `generate one with: openssl rand -base64 48`;
  if (value.length < 32) return `${name} must be at least 32 characters: ${howTo}`;
  const placeholder = PLACEHOLDER.exec(value);
  if (placeholder) return `${name} looks like a placeholder (it contains "${placeholder[0]}"), not a random key: ${howTo}`;
  const distinct = new Set(value).size;
  if (distinct < MIN_DISTINCT_CHARACTERS) {
    return `${name} has too little variety (${distinct} distinct characters, at least ${MIN_DISTINCT_CHARACTERS} needed): ${howTo}`;
  }
  const bits = estimatedEntropyBits(value);
  if (bits < MIN_SECRET_ENTROPY_BITS) {
    return `${name} is too predictable (about ${Math.floor(bits)} bits of entropy, at least ${MIN_SECRET_ENTROPY_BITS} needed): ${howTo}`;
  }
  // Random bytes in any text encoding barely compress (hex: ~0.8); "abcdef…" repeated does.
  if (deflateRawSync(value, { level: 9 }).length < value.length * 0.6) {
    return `${name} repeats itself (it compresses well), so it is not random: ${howTo}`;
  }
  return null;
}

/** Throws with the reason when `value` may not sign tokens. */
export function requireStrongSecret(name: string, value: string): void {
  const problem = secretProblem(name, value);
  if (problem) throw new Error(problem);
}

/**
 * Every named secret of a validated configuration that is set but weak, refused as surely as
 * a short one (the API's JWT_SECRET and METRICS_TOKEN, the projector's METRICS_TOKEN).
 */
export function refuseWeakSecrets<T extends object>(config: T, names: readonly (keyof T & string)[]): T {
  const weak = names.flatMap((name) => {
    const value = config[name];
    const problem = typeof value === 'string' ? secretProblem(name, value) : null;
    return problem ? [problem] : [];
  });
  if (weak.length > 0) throw new ConfigurationError(weak);
  return config;
}
