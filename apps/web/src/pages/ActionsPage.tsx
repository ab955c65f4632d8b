// The actions and issues register: every action (filter by owner, status, forum, due before;
// every filter in the URL), overdue ones highlighted; the issues, escalated and resolved.
import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import { Empty, ErrorState, Loading, ScrollTable, Section } from '../components/ui';
import { useQueryParam } from '../components/useQueryParam';
import { CommandButton } from '../forms/CommandButton';
import { escalateIssue, raiseAction, raiseIssue, resolveIssue } from '../forms/oversight-commands';
import { formatDate } from '../format';
import { useAppState, useUser } from '../state';
import { ACTION_STATUS_LABELS, FORUM_LABELS, SEVERITY_COLOURS, useActions, useIssues, useMeetings, type ActionFilters, type Issue, type Meeting } from './oversight/data';
import { ActionsTable, Day, KeyCell } from './oversight/parts';
import { usePageTitle } from './usePageTitle';

const STATUSES = ['open', 'overdue', 'done', 'dropped'] as const;
const FORUMS = ['Authority', 'Committee', 'ManagementBoard'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function ActionsPage() {
  usePageTitle('Actions and issues');
  const user = useUser();
  const { asAt } = useAppState();
  const programmeId = useProgrammeId();
  const snapshot = useSnapshot(programmeId);
  const [owner, setOwner] = useQueryParam('owner');
  const [status, setStatus] = useQueryParam('status');
  const [forum, setForum] = useQueryParam('forum');
  const [dueBefore, setDueBefore] = useQueryParam('dueBefore');
  // A hand-edited URL's unknown value is ignored, not sent (the API would refuse it).
  const filters: ActionFilters = {
    owner: owner ?? undefined,
    status: STATUSES.find((s) => s === status),
    forum: FORUMS.find((f) => f === forum),
    dueBefore: dueBefore && DAY.test(dueBefore) ? dueBefore : undefined,
  };
  const filtered = useActions(programmeId, filters);
  const everything = useActions(programmeId);
  const meetings = useMeetings(programmeId);
  const issues = useIssues(programmeId);
  if (!programmeId || filtered.isLoading) return <Loading />;
  if (filtered.error) return <ErrorState error={filtered.error} />;
  const register = filtered.data;
  const all = meetings.data?.items ?? [];
  const planned = all.filter((m) => m.status === 'planned');
  const snap = snapshot.data?.snapshot;
  const target = { programmeId, user };
  const owners = new Map<string, string>();
  for (const a of everything.data?.items ?? []) if (a.owner.personId) owners.set(a.owner.personId, a.owner.name);
  const filtering = Object.values(filters).some(Boolean);
  const counts = everything.data?.counts;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            Actions and issues
          </Title>
          <Text c="dimmed">What the forums asked for and who must do it, tracked to done; the issues the programme has to resolve.</Text>
        </div>
        {!asAt && (
          <Group gap="xs">
            {(user.role === 'programme-office' || user.role === 'oversight-committee') && <CommandButton command={raiseAction(programmeId, snap, planned)} target={target} size="sm" variant="filled" />}
            {user.role === 'programme-office' && <CommandButton command={raiseIssue(programmeId, snap)} target={target} size="sm" />}
          </Group>
        )}
      </Group>
      {asAt && <Alert color="yellow">The registers are shown as recorded now: the as-at view does not reach them yet.</Alert>}
      {counts && (
        <Text data-testid="action-counts">
          {counts.open} open, <strong style={{ color: counts.overdue ? 'var(--mantine-color-red-9)' : undefined }}>{counts.overdue} overdue</strong>, {counts.done} done, {counts.dropped} dropped.
        </Text>
      )}

      <Section title="Actions">
        <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" role="group" aria-label="Filter the actions">
          <NativeSelect
            label="Owner"
            value={owner ?? ''}
            onChange={(e) => setOwner(e.currentTarget.value || null)}
            data={[{ value: '', label: 'Anyone' }, ...[...owners].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))]}
          />
          <NativeSelect
            label="Status"
            value={filters.status ?? ''}
            onChange={(e) => setStatus(e.currentTarget.value || null)}
            data={[{ value: '', label: 'Any' }, ...STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))]}
          />
          <NativeSelect
            label="Due at a meeting of"
            value={filters.forum ?? ''}
            onChange={(e) => setForum(e.currentTarget.value || null)}
            data={[{ value: '', label: 'Any forum' }, ...FORUMS.map((f) => ({ value: f, label: FORUM_LABELS[f] }))]}
          />
          <TextInput type="date" label="Due before" value={filters.dueBefore ?? ''} onChange={(e) => setDueBefore(e.currentTarget.value || null)} />
          {filtering && (
            <Button variant="subtle" onClick={() => setOwner(null, ['status', 'forum', 'dueBefore'])}>
              Clear the filters
            </Button>
          )}
        </Group>
        <Text size="sm" mb="xs" aria-live="polite">
          {register?.items.length ?? 0} action{register?.items.length === 1 ? '' : 's'}
          {filtering ? ' match the filters' : ''}, by due day. Overdue ones are highlighted.
        </Text>
        <ActionsTable
          label="Actions register"
          actions={register?.items ?? []}
          user={user}
          programmeId={programmeId}
          meetings={all}
          snapshot={snap}
          readOnly={!!asAt}
          empty={filtering ? 'No action matches the filters.' : 'No action has been raised.'}
          testId="actions-register"
        />
      </Section>

      <Section title="Issues">
        {issues.isLoading && <Loading />}
        {issues.error && <ErrorState error={issues.error} />}
        {issues.data && <IssuesTable issues={issues.data.items} planned={planned} readOnly={!!asAt} />}
      </Section>
    </Stack>
  );
}

function IssuesTable({ issues, planned, readOnly }: { issues: readonly Issue[]; planned: readonly Meeting[]; readOnly: boolean }) {
  const user = useUser();
  if (issues.length === 0) return <Empty>No issue has been raised.</Empty>;
  const office = user.role === 'programme-office' && !readOnly;
  return (
    <ScrollTable label="Issues register" minWidth={office ? 860 : 700}>
      <Table striped withTableBorder data-testid="issues-register">
        <caption className="visually-hidden">Issues register</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Issue</Table.Th>
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Raised</Table.Th>
            <Table.Th scope="col">Escalated to</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {office && <Table.Th scope="col">Record</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i) => (
            <Table.Tr key={i.issueId} data-testid={`issue-${i.issueId}`}>
              <KeyCell>
                {i.title}
                <Text size="xs" c="dimmed" fw={400}>
                  {i.description}
                  {i.riskId ? ` (the risk ${i.riskId} materialised)` : ''}
                </Text>
              </KeyCell>
              <Table.Td>
                <Badge color={SEVERITY_COLOURS[i.severity] ?? 'gray'} variant="light">
                  {i.severity}
                </Badge>
              </Table.Td>
              <Table.Td>{i.ownerName}</Table.Td>
              <Table.Td>
                <Day value={i.raisedOn} />
              </Table.Td>
              <Table.Td>{i.escalations.length ? i.escalations.map((e) => `${FORUM_LABELS[e.forum] ?? e.forum} (${formatDate(e.escalatedOn)})`).join(', ') : '—'}</Table.Td>
              <Table.Td>{i.resolution ? `Resolved ${formatDate(i.resolution.resolvedOn)}: ${i.resolution.resolution}` : 'Open'}</Table.Td>
              {office && (
                <Table.Td>
                  {i.status === 'open' && (
                    <Group gap={4} wrap="nowrap">
                      <CommandButton command={escalateIssue(i, planned)} target={{ programmeId: i.programmeId, user }} label="Escalate" aria-label={`Escalate: ${i.title}`} />
                      <CommandButton command={resolveIssue(i)} target={{ programmeId: i.programmeId, user }} label="Resolve" aria-label={`Resolve: ${i.title}`} />
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
