import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';

/**
 * Refused sign-ins of user names nobody has, counted per hour (`sign_in_unknown_user_failures`).
 * Not events: nobody did anything in the programme, and what was typed (perhaps a password in
 * the user-name box) must be kept nowhere, so only the count is.
 */
@Injectable()
export class SignInFailureCounts {
  constructor(@Inject(READ_DB) private readonly db: DataSource) {}

  async countUnknownUser(now = new Date()): Promise<void> {
    await this.db.query(
      `INSERT INTO sign_in_unknown_user_failures (period_start, failures) VALUES (date_trunc('hour', $1::timestamptz), 1)
       ON CONFLICT (period_start) DO UPDATE SET failures = sign_in_unknown_user_failures.failures + 1`,
      [now],
    );
  }
}
