/**
 * Access tokens whose signature, algorithm, issuer and audience were verified, with their
 * claims, until they expire: a signed-in client sends the same token with every request, and
 * checking its HMAC (and parsing it) again proves nothing new while the key is the same. Keyed
 * by the whole token, so only the byte-identical token is found. Holds no verdict about the
 * session or the user: those are checked on every request as before, so a revocation still
 * takes effect (see JwtStrategy).
 */
export class VerifiedTokens<Claims extends { exp?: unknown }> {
  private readonly byToken = new Map<string, Claims & { exp: number }>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a token verified before and not yet expired (as jsonwebtoken counts it: expired from `exp` on). */
  get(token: string, nowMs = Date.now()): (Claims & { exp: number }) | undefined {
    const claims = this.byToken.get(token);
    if (claims === undefined) return undefined;
    if (Math.floor(nowMs / 1000) >= claims.exp) {
      this.byToken.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Keeps a verified token's claims; a token without a numeric `exp` is never kept. */
  keep(token: string, claims: Claims): void {
    if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return;
    if (this.byToken.size >= this.capacity) this.byToken.clear();
    this.byToken.set(token, claims as Claims & { exp: number });
  }
}
