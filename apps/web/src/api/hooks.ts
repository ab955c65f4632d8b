// Data for the pages. With "as at" set, every read comes from the programme as it
// stood then (GET /programmes/:id/as-at), never from today's read models.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { asAtQuery, recordedUpTo } from '../format';
import { useAppState } from '../state';
import { get } from './client';
import type { AsAtResult, AuditEntry, ChangesResult, Page, ProgrammeSnapshot, ProposalDetail } from './types';

export function useProgrammes() {
  const { session } = useAppState();
  return useQuery({
    queryKey: ['programmes'],
    // Administrators manage users only: the API refuses them the programmes (403).
    enabled: !!session && session.user.role !== 'administrator',
    queryFn: () => get<{ items: { programmeId: string; name: string; mission: string }[] }>('/programmes'),
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
  return useQuery({
    queryKey: ['programme', programmeId, asAt],
    enabled: !!programmeId,
    queryFn: async (): Promise<{ snapshot: ProgrammeSnapshot; asAt: AsAtResult | null }> => {
      if (asAt) {
        const result = await get<AsAtResult>(`/programmes/${programmeId}/as-at`, asAtQuery(asAt));
        return { snapshot: result.snapshot, asAt: result };
      }
      return { snapshot: await get<ProgrammeSnapshot>(`/programmes/${programmeId}`), asAt: null };
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
  return useQuery({
    queryKey: ['proposal', proposalId, asAt, programmeId],
    enabled: !!proposalId && (!asAt || !!programmeId),
    queryFn: async (): Promise<ProposalDetail | null> => {
      if (!asAt) return get<ProposalDetail>(`/proposals/${proposalId}`);
      const [{ snapshot }, audit] = await Promise.all([
        get<AsAtResult>(`/programmes/${programmeId}/as-at`, asAtQuery(asAt)),
        get<Page<AuditEntry>>('/audit', { proposalId, to: recordedUpTo(asAt), limit: 200 }),
      ]);
      const proposal = snapshot.proposals.find((p) => p.proposalId === proposalId);
      if (!proposal) return null;
      return {
        ...proposal,
        version: -1,
        benefits: snapshot.benefits.filter((b) => b.proposalId === proposalId),
        risks: snapshot.risks.filter((r) => r.proposalId === proposalId),
        milestones: snapshot.milestones.filter((m) => m.proposalId === proposalId),
        timeline: audit.items,
      };
    },
  });
}

export interface AuditFilters {
  programmeId?: string;
  proposalId?: string;
  actorId?: string;
  eventType?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters, pageSize = 50) {
  return useInfiniteQuery({
    queryKey: ['audit', filters, pageSize],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => get<Page<AuditEntry>>('/audit', { ...filters, limit: pageSize, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useChanges(programmeId: string | undefined, from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['changes', programmeId, from, to],
    enabled: !!programmeId && !!from,
    queryFn: () => get<ChangesResult>(`/programmes/${programmeId}/changes`, { from: from ?? undefined, to: to ?? undefined }),
  });
}
