// The oversight loop's reads (meetings, actions, issues, reporting duties) and their names,
// derived from the generated schema like api/types.ts, so an API change reaches these pages.
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;

export type MeetingList = Json<'/programmes/{programmeId}/meetings'>;
export type Meeting = MeetingList['items'][number];
export type MeetingPage = Json<'/meetings/{meetingId}'>;
export type ActionRegister = Json<'/programmes/{programmeId}/actions'>;
export type ActionEntry = ActionRegister['items'][number];
export type IssueList = Json<'/programmes/{programmeId}/issues'>;
export type Issue = IssueList['items'][number];
export type DutyList = Json<'/programmes/{programmeId}/reporting-duties'>;
export type ReportDue = Meeting['reportsDue'][number];
export type ActionFilters = NonNullable<paths['/programmes/{programmeId}/actions']['get']['parameters']['query']>;

export const FORUM_LABELS: Record<string, string> = { Authority: 'Authority', Committee: 'Committee', ManagementBoard: 'Management Board' };
export const AGENDA_KIND_LABELS: Record<string, string> = {
  'proposal-report': 'Report on a proposal',
  'business-case': 'Business case for scrutiny',
  'benefits-report': 'Benefits report',
  'committee-pack': 'Committee pack',
  other: 'Other item',
};
export const ACTION_STATUS_LABELS: Record<string, string> = { open: 'Open', overdue: 'Overdue', done: 'Done', dropped: 'Dropped' };
export const ACTION_STATUS_COLOURS: Record<string, string> = { open: 'blue', overdue: 'red', done: 'green', dropped: 'gray' };
export const REPORT_STATE_LABELS: Record<string, string> = { due: 'Due', overdue: 'Overdue', received: 'Received' };
export const SEVERITY_COLOURS: Record<string, string> = { critical: 'red', high: 'orange', medium: 'yellow', low: 'gray' };

export function useMeetings(programmeId: string | undefined, status?: 'planned' | 'held') {
  return useQuery({
    queryKey: ['meetings', programmeId, status ?? 'all'],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/meetings', { params: { path: { programmeId: programmeId ?? '' }, query: { status } } })),
  });
}

export function useMeeting(meetingId: string | undefined) {
  return useQuery({
    queryKey: ['meeting', meetingId],
    enabled: !!meetingId,
    queryFn: () => dataOf(api.GET('/meetings/{meetingId}', { params: { path: { meetingId: meetingId ?? '' } } })),
  });
}

export function useActions(programmeId: string | undefined, filters: ActionFilters = {}) {
  return useQuery({
    queryKey: ['actions', programmeId, filters],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/actions', { params: { path: { programmeId: programmeId ?? '' }, query: filters } })),
  });
}

export function useMyActions(enabled = true) {
  return useQuery({ queryKey: ['actions', 'mine'], enabled, queryFn: () => dataOf(api.GET('/actions/mine', {})) });
}

export function useIssues(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['issues', programmeId],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/issues', { params: { path: { programmeId: programmeId ?? '' } } })),
  });
}

export function useDuties(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['reporting-duties', programmeId],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/reporting-duties', { params: { path: { programmeId: programmeId ?? '' } } })),
  });
}

export type CommitteePackJson = Json<'/programmes/{programmeId}/committee-pack'>;

/**
 * The committee pack's matters arising for a meeting, in business time (what the record says
 * of the meeting day, so past meetings read as they stood too), since the previous meeting.
 */
export function usePackForMeeting(programmeId: string | undefined, meeting: string | undefined, previous: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['committee-pack', programmeId, meeting, previous ?? null, 'business'],
    enabled: enabled && !!programmeId && !!meeting,
    queryFn: () =>
      dataOf(
        api.GET('/programmes/{programmeId}/committee-pack', {
          params: { path: { programmeId: programmeId ?? '' }, query: { meeting, previous, basis: 'business', format: 'json' } },
        }),
      ),
  });
}
