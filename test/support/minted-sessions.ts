import { JwtService } from '@nestjs/jwt';
import { Client, type Pool } from 'pg';
import type { UserRole } from '@ledger/user';

/**
 * Tokens the tests mint themselves (as(), the fault tests' bearer()) name users and sessions
 * nobody created through the API, and the API honours a token only for a live session of a
 * user it knows (fail closed). Before such a token's first request, the harness writes its
 * session into auth_sessions and, when the store has no such user, the user into the users
 * read model (and their person into the people directory). No event is written: a refused request still appends nothing.
 */
const minted = new Map<string, { id: string; name: string; role: UserRole }>();
const decoder = new JwtService({});

export function rememberMinted(sid: string, user: { id: string; name: string; role: UserRole }): void {
  minted.set(sid, user);
}

/** Makes the session and user of a minted token real; other tokens are left alone. */
export async function provisionMinted(db: Pool | Client, authorization: unknown): Promise<void> {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return;
  const claims = decoder.decode<{ sid?: string } | null>(authorization.slice(7));
  const user = claims?.sid ? minted.get(claims.sid) : undefined;
  if (!user || !claims?.sid) return;
  const doc = {
    userId: user.id,
    username: user.id,
    name: user.name,
    role: user.role,
    personId: user.id,
    active: true,
    registeredAt: new Date(0).toISOString(),
    deactivatedAt: null,
    lastSignedInAt: null,
  };
  await db.query(`INSERT INTO user_view (id, doc, last_position) VALUES ($1, $2, 0) ON CONFLICT (id) DO NOTHING`, [user.id, doc]);
  // The user's person, as the people projection would list a registered user's.
  const person = { personId: user.id, name: user.name, username: user.id, role: user.role, posts: [], currentPost: null, source: null };
  await db.query(`INSERT INTO person_view (id, doc, last_position) VALUES ($1, $2, 0) ON CONFLICT (id) DO NOTHING`, [user.id, person]);
  await db.query(
    `INSERT INTO auth_sessions (session_id, user_id, username, refresh_token_hash, expires_at)
     VALUES ($1, $2, $2, 'minted-by-the-test-harness', now() + interval '1 day') ON CONFLICT (session_id) DO NOTHING`,
    [claims.sid, user.id],
  );
}

/** provisionMinted on a connection of its own (for apps in other processes). */
export async function provisionMintedAt(databaseUrl: string, authorization: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await provisionMinted(client, authorization);
  } finally {
    await client.end();
  }
}
