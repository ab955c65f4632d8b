import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { hash } from 'bcryptjs';
import { randomBytes } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** bcrypt's work factor: about 0.1–0.2 s a hash on the build machines. */
export const PASSWORD_HASH_COST = 11;
/** zxcvbn's 0–4 score: 3 is "safely unguessable" against an offline attack on a slow hash. */
const MIN_SCORE = 3;

/**
 * zxcvbn-ts: a maintained TypeScript port of Dropbox's zxcvbn. It estimates guesses from
 * common-password lists, dictionary words, keyboard walks, repeats, sequences and dates, so
 * `password1234` and `qwertyuiop12` fail on what they are, not on a character-class rule.
 */
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** Why zxcvbn's warnings make a password guessable, in words a person reads. */
const WARNINGS: Record<string, string> = {
  topTen: 'it is one of the ten most used passwords',
  topHundred: 'it is one of the hundred most used passwords',
  common: 'it is a very common password',
  similarToCommon: 'it is a common password with small changes',
  wordByItself: 'a single word is easy to guess',
  namesByThemselves: 'names on their own are easy to guess',
  commonNames: 'common names are easy to guess',
  userInputs: 'it contains the user name or the name',
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a short keyboard pattern',
  simpleRepeat: 'it repeats characters',
  extendedRepeat: 'it repeats a group of characters',
  sequences: 'it is a common sequence such as abc or 123',
  recentYears: 'it contains a recent year',
  dates: 'it contains a date',
};

/**
 * Why a password may not be used, or null when it may. At least 12 characters, not only
 * white space, and not easily guessed (common, breached-style, or built from the user's
 * own name). Applied wherever a password is set.
 */
export function passwordProblem(password: unknown, userInputs: (string | null | undefined)[] = []): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim().length === 0) return 'password must not be only spaces or other white space';
  // The whole name and its parts: "margarethodge1" is built from "margaret-hodge" too.
  const inputs = userInputs
    .filter((s): s is string => typeof s === 'string')
    .flatMap((s) => [s, ...s.split(/[\s._-]+/)])
    .filter((s) => s.length > 2);
  const { score, feedback } = zxcvbn.check(password, inputs);
  if (score >= MIN_SCORE) return null;
  const why = (feedback.warning && WARNINGS[feedback.warning]) || 'it follows a pattern that is tried early';
  return `password is too easy to guess: ${why}. Choose a longer one, e.g. several unrelated words`;
}

/** A password for a generated account (the first administrator, the demo users): 18 random bytes, 24 characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** The stored form of a password, hashed on the calling thread (the API hashes in its worker pool, at the same cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_COST);
}
