import { Injectable, type OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id through the `argon2` package, whose npm tarball ships prebuilt binaries
 * (linux, macOS, Windows): nothing is compiled or downloaded at install.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when the username is unknown, so both answers take as long. */
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await argon2.hash('not a password of anyone');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** False for a wrong password or an unreadable hash; a null hash still costs one verification. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? this.dummyHash, password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
