import { fail } from '@ledger/kernel';

/** What a handler reads about an objective a proposal or benefit names: null when no such objective exists. */
export type ObjectiveLinkFacts = { programmeId: string; planId: string; priorityId: string; priorityRetired: boolean };

/**
 * The rules of saying "this serves that objective": the objective exists, is of the same
 * programme, and a new link is not made to one under a retired priority (a link made before the
 * priority was retired stays). `field` is the list's name in the command.
 */
export function requireObjectiveLinks(
  objectiveIds: readonly string[],
  facts: Readonly<Record<string, ObjectiveLinkFacts | null>> | undefined,
  programmeId: string | null,
  linkedBefore: readonly string[],
  field = 'objectiveIds',
): void {
  objectiveIds.forEach((id, i) => {
    const objective = facts?.[id] ?? null;
    if (!objective) fail('OBJECTIVE_NOT_FOUND', `Objective ${id} does not exist`, `${field}[${i}]`);
    if (objective.programmeId !== programmeId) fail('OBJECTIVE_OF_ANOTHER_PROGRAMME', `Objective ${id} belongs to programme ${objective.programmeId}, not ${programmeId}`, `${field}[${i}]`);
    if (objective.priorityRetired && !linkedBefore.includes(id)) fail('PRIORITY_RETIRED', `Objective ${id} sits under retired priority ${objective.priorityId}: it takes no new links`, `${field}[${i}]`);
  });
}

/** The same ids, in any order. */
export const sameIds = (left: readonly string[], right: readonly string[]) => left.length === right.length && left.every((id) => right.includes(id));
