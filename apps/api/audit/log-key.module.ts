import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ephemeralLogKey, type LogKey } from '@ledger/audit';

export const LOG_KEY = Symbol('LOG_KEY');

/** The log's signing key for every module (signed heads, packs). */
@Global()
@Module({})
export class LogKeyModule {
  /** Without a key (tests), one made for this process. */
  static forRoot(key: LogKey | undefined): DynamicModule {
    return { module: LogKeyModule, providers: [{ provide: LOG_KEY, useValue: key ?? ephemeralLogKey() }], exports: [LOG_KEY] };
  }
}
