import type { ProgrammeSnapshot } from './programme-snapshot';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ItemChanges {
  added: { id: string; item: unknown }[];
  removed: { id: string; item: unknown }[];
  changed: { id: string; changes: FieldChange[] }[];
}

const COLLECTIONS = {
  proposals: (x: { proposalId: string }) => x.proposalId,
  benefits: (x: { benefitId: string }) => x.benefitId,
  milestones: (x: { milestoneId: string }) => x.milestoneId,
  risks: (x: { riskId: string }) => x.riskId,
  decisions: (x: { decisionId: string }) => x.decisionId,
} as const;

/** Top-level fields that differ (deep comparison), old → new. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}

/** What changed between two snapshots of a programme: items added, changed (old → new) and removed. */
export function diffSnapshots(before: ProgrammeSnapshot | null, after: ProgrammeSnapshot | null) {
  const result: Record<string, ItemChanges> & { programme: FieldChange[] } = { programme: [] } as never;
  result.programme = changedFields(
    (before?.programme ?? {}) as unknown as Record<string, unknown>,
    (after?.programme ?? {}) as unknown as Record<string, unknown>,
  );
  for (const [name, keyOf] of Object.entries(COLLECTIONS)) {
    const list = (s: ProgrammeSnapshot | null) => ((s?.[name as keyof typeof COLLECTIONS] ?? []) as unknown[]).map((x) => [(keyOf as (x: unknown) => string)(x), x] as const);
    const old = new Map(list(before));
    const now = new Map(list(after));
    result[name] = {
      added: [...now].filter(([id]) => !old.has(id)).map(([id, item]) => ({ id, item })),
      removed: [...old].filter(([id]) => !now.has(id)).map(([id, item]) => ({ id, item })),
      changed: [...now]
        .filter(([id]) => old.has(id))
        .map(([id, item]) => ({ id, changes: changedFields(old.get(id) as Record<string, unknown>, item as Record<string, unknown>) }))
        .filter((c) => c.changes.length > 0),
    };
  }
  return result;
}
