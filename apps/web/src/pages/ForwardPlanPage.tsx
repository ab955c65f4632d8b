// The forward plan: every planned meeting with what is due to come to it (agenda items and
// their papers, actions due, reports due); the meetings already held one choice away.
import { Alert, Anchor, Badge, Group, List, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useProgrammeId } from '../api/hooks';
import { ErrorState, Loading, Section } from '../components/ui';
import { useQueryParam } from '../components/useQueryParam';
import { CommandButton } from '../forms/CommandButton';
import { scheduleMeeting } from '../forms/oversight-commands';
import { formatDate } from '../format';
import { useAppState, useUser } from '../state';
import { AGENDA_KIND_LABELS, FORUM_LABELS, useMeetings, type Meeting } from './oversight/data';
import { ActionStatus, ReportState } from './oversight/parts';
import { usePageTitle } from './usePageTitle';

export function ForwardPlanPage() {
  usePageTitle('Forward plan');
  const user = useUser();
  const { asAt } = useAppState();
  const programmeId = useProgrammeId();
  const [show, setShow] = useQueryParam('show');
  const status = show === 'held' ? 'held' : 'planned';
  const meetings = useMeetings(programmeId, status);
  if (!programmeId || meetings.isLoading) return <Loading />;
  if (meetings.error) return <ErrorState error={meetings.error} />;
  const items = meetings.data?.items ?? [];
  // The forward plan reads soonest first; the meetings held, latest first.
  const ordered = status === 'held' ? [...items].reverse() : items;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            Forward plan
          </Title>
          <Text c="dimmed">Every meeting of the Authority, its committees and the Management Board, and what must come to it.</Text>
        </div>
        {user.role === 'programme-office' && !asAt && <CommandButton command={scheduleMeeting(programmeId)} target={{ programmeId, user }} size="sm" variant="filled" />}
      </Group>
      {asAt && <Alert color="yellow">Meetings, actions and reports are shown as recorded now: the as-at view does not reach them yet.</Alert>}
      <SegmentedControl
        aria-label="Which meetings"
        value={status}
        onChange={(v) => setShow(v === 'held' ? 'held' : null)}
        data={[
          { value: 'planned', label: 'Planned' },
          { value: 'held', label: 'Held' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {ordered.length === 0 ? (
        <Text c="dimmed">{status === 'planned' ? 'No meeting is planned.' : 'No meeting has been held yet.'}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="forward-plan">
          {ordered.map((m) => (
            <MeetingCard key={m.meetingId} meeting={m} on={meetings.data?.on ?? ''} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function MeetingCard({ meeting: m, on }: { meeting: Meeting; on: string }) {
  const overdueActions = m.actionsDue.filter((a) => a.registerStatus === 'overdue').length;
  return (
    <Section title={m.title} id={`meeting-${m.meetingId}`}>
      <Stack gap="xs" data-testid={`meeting-card-${m.meetingId}`}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {formatDate(m.date)}
          </Text>
          <Text size="sm">
            {m.forumName} ({FORUM_LABELS[m.forum] ?? m.forum})
          </Text>
          {m.status === 'held' ? <Badge color="gray" variant="light">Held {formatDate(m.heldOn)}</Badge> : <Badge variant="light">Planned</Badge>}
          {m.status === 'planned' && m.date < on && (
            <Text size="xs" c="#a13600" fw={600}>
              Its day has passed: not yet recorded as held
            </Text>
          )}
        </Group>
        <div>
          <Text size="sm" fw={600}>
            Agenda ({m.agenda.length})
          </Text>
          {m.agenda.length === 0 ? (
            <Text size="sm" c="dimmed">Nothing on the agenda yet.</Text>
          ) : (
            <List size="sm" spacing={2}>
              {m.agenda.map((i) => (
                <List.Item key={i.itemId}>
                  {i.title}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {AGENDA_KIND_LABELS[i.kind] ?? i.kind}
                    {i.paper ? ` · paper: ${i.paper}` : ''}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text size="sm" fw={600}>
            Actions due ({m.actionsDue.length}
            {overdueActions ? `, ${overdueActions} overdue` : ''})
          </Text>
          {m.actionsDue.length === 0 ? (
            <Text size="sm" c="dimmed">No action is due at it.</Text>
          ) : (
            <List size="sm" spacing={2}>
              {m.actionsDue.map((a) => (
                <List.Item key={a.actionId}>
                  {a.title} — {a.owner.name} <ActionStatus status={a.registerStatus} />
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text size="sm" fw={600}>
            Reports due ({m.reportsDue.length})
          </Text>
          {m.reportsDue.length === 0 ? (
            <Text size="sm" c="dimmed">No report is due at it.</Text>
          ) : (
            <List size="sm" spacing={2}>
              {m.reportsDue.map((r) => (
                <List.Item key={`${r.dutyId}/${r.dueOn}`}>
                  {r.title} <ReportState state={r.state} />
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <Anchor component={Link} to={`/app/meetings/${m.meetingId}`} size="sm">
          Open the meeting: {m.title}
        </Anchor>
      </Stack>
    </Section>
  );
}
