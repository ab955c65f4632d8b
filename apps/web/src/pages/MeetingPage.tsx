// A meeting: its agenda and papers, the decisions and agreements taken at it (each condition
// with the action that tracks it), the actions raised at it and due at it, the reports due, and
// the matters arising its committee pack opens with. The office plans it and records it held.
import { Alert, Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import type { ProgrammeSnapshot } from '../api/types';
import { Empty, ErrorState, Loading, ScrollTable, Section } from '../components/ui';
import { CommandButton } from '../forms/CommandButton';
import { addAgendaItem, raiseAction, recordMeetingHeld } from '../forms/oversight-commands';
import { formatDate } from '../format';
import { useAppState, useUser } from '../state';
import { AGENDA_KIND_LABELS, FORUM_LABELS, useActions, useMeeting, useMeetings, usePackForMeeting, type ActionEntry, type CommitteePackJson, type Meeting, type MeetingPage as MeetingData } from './oversight/data';
import { ActionsTable, ActionStatus, Day, KeyCell, OVERDUE_BACKGROUND, ReportsTable } from './oversight/parts';
import { usePageTitle } from './usePageTitle';

/** A decision or agreement taken at the meeting, with the conditions attached to it. */
interface Taken {
  key: string;
  what: string;
  outcome: string;
  minute: string | null;
  conditions: string[];
  decisionId: string | null;
  proposalId: string | null;
}

const TAKEN_WORDS: Record<MeetingData['decisionsTaken'][number]['kind'], string> = {
  agreement: 'agreed',
  'business-case-approval': 'business case approved',
  'business-case-return': 'business case returned',
  decision: 'decided',
};

/** The decisions and agreements the ledger records as taken at this meeting (by its meeting id). */
function takenAt(meeting: MeetingData, snapshot: ProgrammeSnapshot): Taken[] {
  const titleOf = (proposalId: string | null) => snapshot.proposals.find((p) => p.proposalId === proposalId)?.title ?? proposalId ?? '';
  return meeting.decisionsTaken.map((d, i) => ({
    key: `${d.kind}:${d.decisionId ?? d.proposalId ?? ''}:${i}`,
    what: d.subject ?? `${titleOf(d.proposalId)}: ${TAKEN_WORDS[d.kind]}`,
    outcome: (d.outcome ?? TAKEN_WORDS[d.kind]).replace(/-/g, ' '),
    minute: d.minuteReference,
    conditions: d.conditions,
    decisionId: d.decisionId,
    proposalId: d.proposalId,
  }));
}

/** The action that tracks a condition, if one was raised from it. */
function trackingAction(actions: readonly ActionEntry[], taken: Taken, condition: string): ActionEntry | undefined {
  return actions.find(
    (a) => a.origin === 'condition' && a.condition === condition && (taken.decisionId ? a.decisionId === taken.decisionId : a.proposalId === taken.proposalId),
  );
}

export function MeetingPage() {
  const { meetingId } = useParams();
  const user = useUser();
  const { asAt } = useAppState();
  const programmeId = useProgrammeId();
  const meeting = useMeeting(meetingId);
  usePageTitle(meeting.data ? meeting.data.title : 'Meeting');
  const snapshot = useSnapshot(programmeId);
  const meetings = useMeetings(programmeId);
  const register = useActions(programmeId);
  if (meeting.isLoading || !programmeId) return <Loading />;
  if (meeting.error) return <ErrorState error={meeting.error} />;
  const m = meeting.data;
  if (!m) return null;
  const all = meetings.data?.items ?? [];
  const planned = all.filter((x) => x.status === 'planned');
  const snap = snapshot.data?.snapshot;
  const office = user.role === 'programme-office';
  const canRaise = !asAt && (office || user.role === 'oversight-committee');
  const target = { programmeId, user };
  const taken = snap ? takenAt(m, snap) : [];
  const previous = [...all].filter((x) => x.forum === m.forum && x.date < m.date).at(-1);

  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/app/meetings" size="sm">
          ← Forward plan
        </Anchor>
        <Title order={1} size="h2" data-testid="meeting-title">
          {m.title}
        </Title>
        <Group gap="xs">
          <Text>
            {m.forumName} ({FORUM_LABELS[m.forum] ?? m.forum}), {formatDate(m.date)}
          </Text>
          {m.status === 'held' ? (
            <Badge color="gray" variant="light" data-testid="meeting-status">
              Held {formatDate(m.heldOn)}
            </Badge>
          ) : (
            <Badge variant="light" data-testid="meeting-status">
              Planned
            </Badge>
          )}
          {m.status === 'planned' && m.date < m.on && (
            <Text size="sm" c="#a13600" fw={600}>
              Its day has passed: not yet recorded as held.
            </Text>
          )}
        </Group>
        {m.source && (
          <Text size="xs" c="dimmed">
            Source: {m.source.document}
            {m.source.paragraph ? `, ${m.source.paragraph}` : ''}
          </Text>
        )}
      </div>
      {asAt && <Alert color="yellow">The meeting is shown as recorded now: the as-at view does not reach meetings yet.</Alert>}
      {!asAt && (office || canRaise) && (
        <Group gap="xs" role="group" aria-label="Meeting actions">
          {office && m.status === 'planned' && <CommandButton command={addAgendaItem(m, snap)} target={target} />}
          {office && m.status === 'planned' && <CommandButton command={recordMeetingHeld(m)} target={target} />}
          {canRaise && <CommandButton command={raiseAction(programmeId, snap, planned, { meetingId: m.meetingId }, 'Raise an action at this meeting')} target={target} />}
        </Group>
      )}

      <Section title="Agenda">
        {m.agenda.length === 0 ? (
          <Empty>Nothing on the agenda yet.</Empty>
        ) : (
          <ScrollTable label="Agenda" minWidth={560}>
            <Table striped withTableBorder data-testid="agenda">
              <caption className="visually-hidden">The meeting’s agenda and papers</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Item</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Paper</Table.Th>
                  <Table.Th scope="col">Proposal</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.agenda.map((i) => (
                  <Table.Tr key={i.itemId}>
                    <KeyCell>{i.title}</KeyCell>
                    <Table.Td>{AGENDA_KIND_LABELS[i.kind] ?? i.kind}</Table.Td>
                    <Table.Td>{i.paper ?? '—'}</Table.Td>
                    <Table.Td>
                      {i.proposalId ? (
                        <Anchor component={Link} to={`/app/proposals/${i.proposalId}`} size="sm">
                          {snap?.proposals.find((p) => p.proposalId === i.proposalId)?.title ?? i.proposalId}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Section title="Decisions and agreements taken here">
        <Text size="sm" c="dimmed" mb="xs">
          Recorded as taken at this meeting. Each condition is tracked as an action to done.
        </Text>
        {taken.length === 0 ? (
          <Empty>No decision or agreement is recorded for this meeting.</Empty>
        ) : (
          <Stack gap="sm" data-testid="decisions-taken">
            {taken.map((t) => (
              <div key={t.key}>
                <Text fw={600}>
                  {t.what}{' '}
                  <Text span size="sm" fw={400} c="dimmed">
                    ({t.outcome}
                    {t.minute ? `, minute ${t.minute}` : ''})
                  </Text>
                </Text>
                {t.conditions.length > 0 && (
                  <List size="sm" spacing={4} mt={4}>
                    {t.conditions.map((c) => {
                      const action = trackingAction(register.data?.items ?? [], t, c);
                      return (
                        <List.Item key={c}>
                          Condition: “{c}”{' '}
                          {action ? (
                            <Text span size="sm">
                              — tracked as an action, owner {action.owner.name}, due {formatDate(action.dueOn)} <ActionStatus status={action.registerStatus} />
                            </Text>
                          ) : (
                            <>
                              <Text span size="sm" c="red.9" fw={600}>
                                — not tracked yet{' '}
                              </Text>
                              {canRaise && (
                                <CommandButton
                                  command={raiseAction(programmeId, snap, planned, { condition: c, decisionId: t.decisionId, proposalId: t.proposalId, meetingId: m.meetingId }, 'Raise an action from this condition')}
                                  target={target}
                                  label="Raise an action from this condition"
                                  aria-label={`Raise an action from the condition “${c}”`}
                                />
                              )}
                            </>
                          )}
                        </List.Item>
                      );
                    })}
                  </List>
                )}
              </div>
            ))}
          </Stack>
        )}
      </Section>

      <Section title="Actions due at this meeting">
        <ActionsTable label="Actions due at this meeting" actions={m.actionsDue} user={user} programmeId={programmeId} meetings={all} snapshot={snap} readOnly={!!asAt} empty="No action is due at this meeting." testId="actions-due" />
      </Section>
      <Section title="Actions raised at this meeting">
        <ActionsTable label="Actions raised at this meeting" actions={m.actionsRaised} user={user} programmeId={programmeId} meetings={all} snapshot={snap} readOnly={!!asAt} empty="No action was raised at this meeting." testId="actions-raised" />
      </Section>
      <Section title="Reports due at this meeting">
        <ReportsTable label="Reports due at this meeting" reports={m.reportsDue} empty="No report is due at this meeting." />
      </Section>
      {(office || user.role === 'oversight-committee') && <MattersArising programmeId={programmeId} meeting={m} previous={previous} />}
    </Stack>
  );
}

/** The pack's matters arising (libs/ledger/committee's MattersArising): its response schema does not declare them yet. */
interface PackAction {
  actionId: string;
  title: string;
  ownerName: string;
  dueOn: string;
  status: string;
  evidence: string | null;
}
interface Matters {
  actionsDue: PackAction[];
  actionsDoneSinceLastMeeting: PackAction[];
  actionsOverdue: PackAction[];
  issuesOpen: { issueId: string }[];
  reports: { dutyId: string; state: string }[];
}

/** What the committee pack for this meeting opens with, as the pack itself has it. */
function MattersArising({ programmeId, meeting, previous }: { programmeId: string; meeting: MeetingData; previous: Meeting | undefined }) {
  const pack = usePackForMeeting(programmeId, meeting.date, previous?.date, true);
  const matters = (pack.data as (CommitteePackJson & { mattersArising?: Matters }) | undefined)?.mattersArising;
  const rows: { section: string; action: PackAction }[] = matters
    ? [
        ...matters.actionsDue.map((action) => ({ section: 'Due at this meeting', action })),
        ...matters.actionsDoneSinceLastMeeting.map((action) => ({ section: 'Done since the last meeting', action })),
        ...matters.actionsOverdue.map((action) => ({ section: 'Overdue', action })),
      ]
    : [];
  return (
    <Section title="Matters arising in the committee pack">
      <Text size="sm" c="dimmed" mb="xs">
        The pack for {formatDate(meeting.date)} opens with these
        {previous ? `, since the previous meeting on ${formatDate(previous.date)}` : ''}. The committee view builds the whole pack (PDF, CSV, Excel).
      </Text>
      {pack.isLoading && <Loading label="Building the pack…" />}
      {pack.error && <ErrorState error={pack.error} />}
      {matters && (
        <Stack gap="sm">
          {rows.length === 0 ? (
            <Empty>No action is due, done since the last meeting, or overdue.</Empty>
          ) : (
            <ScrollTable label="Matters arising: actions" minWidth={700}>
              <Table striped withTableBorder data-testid="matters-arising">
                <caption className="visually-hidden">Actions due, done since the last meeting, and overdue</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Action</Table.Th>
                    <Table.Th scope="col">Section</Table.Th>
                    <Table.Th scope="col">Owner</Table.Th>
                    <Table.Th scope="col">Due</Table.Th>
                    <Table.Th scope="col">Evidence</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ section, action: a }) => {
                    const cell = section === 'Overdue' ? { style: { background: OVERDUE_BACKGROUND } } : {};
                    return (
                      <Table.Tr key={`${section}/${a.actionId}`} data-testid={`matter-${a.actionId}`}>
                        <KeyCell style={cell.style}>{a.title}</KeyCell>
                        <Table.Td {...cell}>{section}</Table.Td>
                        <Table.Td {...cell}>{a.ownerName}</Table.Td>
                        <Table.Td {...cell}>
                          <Day value={a.dueOn} />
                        </Table.Td>
                        <Table.Td {...cell}>{a.evidence ?? ''}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          <Text size="sm">
            Issues open: {matters.issuesOpen.length}. Reports due since the last meeting: {matters.reports.length}, {matters.reports.filter((r) => r.state === 'overdue').length} overdue.
          </Text>
        </Stack>
      )}
    </Section>
  );
}
