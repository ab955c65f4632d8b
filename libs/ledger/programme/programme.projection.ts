import { PROGRAMME_EVENT_TYPES, type ProgrammeEvent } from './programme.events';
import type { SourceReference } from '@ledger/kernel';
import { rowProjectionOf } from '@ledger/platform/projection';

export interface ProgrammeRow {
  programmeId: string;
  name: string;
  mission: string;
  description: string | null;
  source: SourceReference;
  establishedAt: string;
  priorities: { priorityId: string; title: string; description: string | null }[];
  outcomes: { outcomeId: string; title: string; description: string | null }[];
  director: { personId: string; name: string; effectiveDate: string } | null;
  directorHistory: { personId: string; name: string; effectiveDate: string; reason: string | null }[];
}

/** programme: the programme's name, mission, priorities, outcomes and director. */
export const programmeProjection = rowProjectionOf<ProgrammeEvent, ProgrammeRow>({
  name: 'programmes', table: 'programme_view', handles: PROGRAMME_EVENT_TYPES, key: 'programmeId',
  evolve(row, event, stored) {
    switch (event.type) {
      case 'ProgrammeEstablished':
        return {
          programmeId: event.data.programmeId,
          name: event.data.name,
          mission: event.data.mission,
          description: event.data.description,
          source: event.data.source,
          establishedAt: stored.recordedAt.toISOString(),
          priorities: [],
          outcomes: [],
          director: null,
          directorHistory: [],
        };
      case 'StrategicPriorityDefined':
        return row && { ...row, priorities: [...row.priorities, { priorityId: event.data.priorityId, title: event.data.title, description: event.data.description }] };
      case 'StrategicOutcomeDefined':
        return row && { ...row, outcomes: [...row.outcomes, { outcomeId: event.data.outcomeId, title: event.data.title, description: event.data.description }] };
      case 'ProgrammeDirectorAppointed': {
        if (!row) return row;
        const director = { personId: event.data.personId, name: event.data.name, effectiveDate: event.data.effectiveDate };
        return { ...row, director, directorHistory: [...row.directorHistory, { ...director, reason: stored.metadata.reason ?? null }] };
      }
      default:
        return row;
    }
  },
});
