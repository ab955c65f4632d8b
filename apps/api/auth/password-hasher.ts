import { Injectable, type OnModuleInit } from '@nestjs/common';
import bcrypt from 'bcryptjs';

/** bcrypt's work factor: about 0.1 s a hash on the build machines. */
const COST = 11;

/**
 * bcrypt through `bcryptjs`, pure JavaScript. The `argon2` package was tried first: its
 * prebuilt linux-x64 binary segfaults on load on these machines after a clean `npm ci`,
 * and compiling it needs a toolchain a user may not have.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when the username is unknown, so both answers take as long. */
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await bcrypt.hash('not a password of anyone', COST);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, COST);
  }

  /** False for a wrong password or an unreadable hash; a null hash still costs one verification. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await bcrypt.compare(password, hash ?? this.dummyHash);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
