/** Converts stored data of an old schema version of one event type to the next version. */
export type Upcaster = (data: any) => any;

/**
 * Old events are never rewritten: readers upcast them. Register one step per
 * version (1→2, 2→3, …); reads apply the steps up to the current version.
 */
export class UpcasterRegistry {
  /** A registry of the given steps (the ledger's schema changes, say): the store knows no event type itself. */
  static of(steps: readonly { type: string; fromVersion: number; upcast: Upcaster }[]): UpcasterRegistry {
    const registry = new UpcasterRegistry();
    for (const step of steps) registry.register(step.type, step.fromVersion, step.upcast);
    return registry;
  }

  private readonly steps = new Map<string, Map<number, Upcaster>>();

  register(type: string, fromVersion: number, upcast: Upcaster): this {
    const byVersion = this.steps.get(type) ?? new Map<number, Upcaster>();
    if (byVersion.has(fromVersion)) {
      throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    }
    byVersion.set(fromVersion, upcast);
    this.steps.set(type, byVersion);
    return this;
  }

  /** The version new events of this type are written with. */
  currentVersion(type: string): number {
    const byVersion = this.steps.get(type);
    return byVersion ? Math.max(...byVersion.keys()) + 1 : 1;
  }

  upcast(type: string, schemaVersion: number, data: unknown): { data: unknown; schemaVersion: number } {
    const byVersion = this.steps.get(type);
    let version = schemaVersion;
    let current = data;
    while (byVersion?.has(version)) {
      current = byVersion.get(version)!(current);
      version += 1;
    }
    return { data: current, schemaVersion: version };
  }
}
