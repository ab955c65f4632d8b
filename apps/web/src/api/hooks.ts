// Data for the pages. With "as at" set, every read comes from the programme as it
// stood then (GET /programmes/:id/as-at), never from today's read models.
import { queryOptions, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { asAtQuery, recordedUpTo } from '../format';
import { useAppState } from '../state';
import { api, dataOf } from './client';
import type { paths } from './schema';
import type { AsAtResult, ProgrammeSnapshot, ProposalDetail } from './types';

export function useProgrammes() {
  const { session } = useAppState();
  return useQuery({
    queryKey: ['programmes'],
    // Administrators manage users only: the API refuses them the programmes (403).
    enabled: !!session && session.user.role !== 'administrator',
    queryFn: () => dataOf(api.GET('/programmes')),
  });
}

/** The open programme's id: the one chosen, else the Met Modernisation Programme, else the first. */
export function useProgrammeId(): string | undefined {
  const { programmeId } = useAppState();
  const { data } = useProgrammes();
  if (!data) return programmeId || undefined;
  if (programmeId && data.items.some((p) => p.programmeId === programmeId)) return programmeId;
  return (data.items.find((p) => p.programmeId === 'met-modernisation') ?? data.items[0])?.programmeId;
}

export function useSnapshot(programmeId: string | undefined) {
  const { asAt } = useAppState();
  return useQuery(snapshotQuery(programmeId, asAt));
}

/** The programme now, or as at a moment: one cache entry that every reader of it shares. */
function snapshotQuery(programmeId: string | undefined, asAt: string | null) {
  return queryOptions({
    queryKey: ['programme', programmeId, asAt],
    enabled: !!programmeId,
    queryFn: async (): Promise<{ snapshot: ProgrammeSnapshot; asAt: AsAtResult | null }> => {
      const path = { programmeId: programmeId ?? '' };
      if (asAt) {
        const result = await dataOf(api.GET('/programmes/{programmeId}/as-at', { params: { path, query: asAtQuery(asAt) } }));
        return { snapshot: result.snapshot, asAt: result };
      }
      return { snapshot: await dataOf(api.GET('/programmes/{programmeId}', { params: { path } })), asAt: null };
    },
  });
}

/**
 * A proposal's page. Now: GET /proposals/:id. As at a moment: the proposal, its
 * benefits, risks and milestones from the programme as it stood then, and its audit
 * timeline up to that moment; null when it had not been registered yet.
 */
export function useProposal(proposalId: string | undefined, programmeId: string | undefined) {
  const { asAt } = useAppState();
  const queryClient = useQueryClient();
  return useQuery({
    // The programme is in the key only as at a moment: now, the programme id settling (once the
    // programme list arrives) changed the key and fetched the same proposal a second time.
    queryKey: asAt ? ['proposal', proposalId, asAt, programmeId] : ['proposal', proposalId, null],
    enabled: !!proposalId && (!asAt || !!programmeId),
    queryFn: async (): Promise<ProposalDetail | null> => {
      if (!asAt) return dataOf(api.GET('/proposals/{proposalId}', { params: { path: { proposalId: proposalId ?? '' } } }));
      // The page's useSnapshot asks for the same as-at programme: one request serves both.
      const [{ snapshot }, audit] = await Promise.all([
        queryClient.fetchQuery(snapshotQuery(programmeId, asAt)),
        dataOf(api.GET('/audit', { params: { query: { proposalId, to: recordedUpTo(asAt), limit: 200 } } })),
      ]);
      const proposal = snapshot.proposals.find((p) => p.proposalId === proposalId);
      if (!proposal) return null;
      return {
        ...proposal,
        version: -1,
        benefits: snapshot.benefits.filter((b) => b.proposalId === proposalId),
        risks: snapshot.risks.filter((r) => r.proposalId === proposalId),
        milestones: snapshot.milestones.filter((m) => m.proposalId === proposalId),
        timeline: audit.items.map((entry) => ({ ...entry, actorName: entry.actorName ?? null })),
      };
    },
  });
}

/** What the audit trail filters by (the page's paging aside). */
export type AuditFilters = Omit<NonNullable<paths['/audit']['get']['parameters']['query']>, 'limit' | 'cursor' | 'waitForPosition'>;

export function useAudit(filters: AuditFilters, pageSize = 50) {
  return useInfiniteQuery({
    queryKey: ['audit', filters, pageSize],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => dataOf(api.GET('/audit', { params: { query: { ...filters, limit: pageSize, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useChanges(programmeId: string | undefined, from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['changes', programmeId, from, to],
    enabled: !!programmeId && !!from,
    queryFn: () =>
      dataOf(api.GET('/programmes/{programmeId}/changes', { params: { path: { programmeId: programmeId ?? '' }, query: { from: from ?? '', to: to ?? undefined } } })),
  });
}
