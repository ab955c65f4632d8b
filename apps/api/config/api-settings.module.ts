import { Global, Module, type DynamicModule } from '@nestjs/common';

/** How often (ms) the API records a signed tree head while the log grows (LEDGER_TREE_HEAD_INTERVAL_MS). */
export const TREE_HEAD_INTERVAL_MS = Symbol('TREE_HEAD_INTERVAL_MS');

/** Settings from the validated configuration that providers deep in the API need. */
@Global()
@Module({})
export class ApiSettingsModule {
  static forRoot(settings: { treeHeadIntervalMs?: number }): DynamicModule {
    const providers = settings.treeHeadIntervalMs === undefined ? [] : [{ provide: TREE_HEAD_INTERVAL_MS, useValue: settings.treeHeadIntervalMs }];
    return { module: ApiSettingsModule, providers, exports: providers.map((p) => p.provide) };
  }
}
