import { createHash, randomUUID } from 'node:crypto';

/**
 * Event ids for a command: random, or derived from the caller's idempotency key
 * so that a retried command produces the same ids and is stored once.
 */
export function eventIdsFor(count: number, idempotencyKey?: string): string[] {
  if (!idempotencyKey) return Array.from({ length: count }, () => randomUUID());
  return Array.from({ length: count }, (_, index) => {
    const hex = createHash('sha256').update(`${idempotencyKey}\u0000${index}`).digest('hex');
    // Shape as an RFC 4122 version-8 (custom) UUID.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  });
}
