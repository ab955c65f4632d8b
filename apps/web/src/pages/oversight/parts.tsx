// Pieces the oversight pages share: an action's status, the actions table (overdue rows
// highlighted, the commands the signed-in role may use on each), the reports due.
import { Anchor, Badge, Box, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../../api/client';
import type { ProgrammeSnapshot } from '../../api/types';
import { Empty, ScrollTable } from '../../components/ui';
import { CommandButton } from '../../forms/CommandButton';
import { completeAction, dropAction } from '../../forms/oversight-commands';
import { formatDate } from '../../format';
import { ACTION_STATUS_COLOURS, ACTION_STATUS_LABELS, REPORT_STATE_LABELS, type ActionEntry, type Meeting, type ReportDue } from './data';

/**
 * A row's key cell: on a phone it stays pinned while the rest scrolls, so its text is kept
 * narrow enough to leave room for the next column.
 */
export function KeyCell({ children, bold, style }: { children: ReactNode; bold?: boolean; style?: React.CSSProperties }) {
  return (
    <Table.Th scope="row" fw={bold ? 700 : 500} style={style}>
      <Box maw={{ base: 190, sm: 'none' }}>{children}</Box>
    </Table.Th>
  );
}

/** A day that never breaks across lines in a narrow column. */
export function Day({ value }: { value: string | null | undefined }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(value)}</span>;
}

/** Light red behind an overdue row, every cell (the pinned first one on a phone too). */
export const OVERDUE_BACKGROUND = '#fff0f0';

export function ActionStatus({ status }: { status: string }) {
  return (
    <Badge color={ACTION_STATUS_COLOURS[status] ?? 'gray'} variant={status === 'overdue' ? 'filled' : 'light'} styles={{ root: { overflow: 'visible', minWidth: 'max-content' }, label: { overflow: 'visible' } }}>
      {ACTION_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}

const REPORT_COLOURS: Record<string, string> = { received: 'green', due: 'blue', overdue: 'red' };

export function ReportState({ state }: { state: string }) {
  return (
    <Badge color={REPORT_COLOURS[state] ?? 'gray'} variant={state === 'overdue' ? 'filled' : 'light'} styles={{ root: { overflow: 'visible', minWidth: 'max-content' }, label: { overflow: 'visible' } }}>
      {REPORT_STATE_LABELS[state] ?? state}
    </Badge>
  );
}

/** May this user complete the action: the office any, a lead only their own. */
export function mayComplete(user: SessionUser, action: ActionEntry): boolean {
  if (action.status !== 'open') return false;
  if (user.role === 'programme-office') return true;
  return user.role === 'lead' && !!user.personId && action.owner.personId === user.personId;
}

export function mayDrop(user: SessionUser, action: ActionEntry): boolean {
  return action.status === 'open' && (user.role === 'programme-office' || user.role === 'oversight-committee');
}

interface ActionsTableProps {
  label: string;
  actions: readonly ActionEntry[];
  user: SessionUser;
  programmeId: string;
  /** the programme's meetings, to name the one an action is due at */
  meetings?: readonly Meeting[];
  snapshot?: ProgrammeSnapshot;
  /** commands off (as at a past moment) */
  readOnly?: boolean;
  empty: string;
  testId?: string;
  /** leave out the owner column (the signed-in person's own actions) */
  hideOwner?: boolean;
  /** the commands under the action's title, in view on a phone without scrolling */
  inlineCommands?: boolean;
}

export function ActionsTable({ label, actions, user, programmeId, meetings = [], snapshot, readOnly, empty, testId, hideOwner, inlineCommands }: ActionsTableProps) {
  if (actions.length === 0) return <Empty>{empty}</Empty>;
  const meetingOf = (id: string | null) => (id ? meetings.find((m) => m.meetingId === id) : undefined);
  const proposalTitle = (id: string | null) => (id ? (snapshot?.proposals.find((p) => p.proposalId === id)?.title ?? id) : null);
  const anyCommand = !readOnly && actions.some((a) => mayComplete(user, a) || mayDrop(user, a));
  const withCommands = anyCommand && !inlineCommands;
  return (
    <ScrollTable label={label} minWidth={(withCommands ? 820 : 700) - (hideOwner ? 120 : 0)}>
      <Table striped withTableBorder data-testid={testId}>
        <caption className="visually-hidden">{label}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Action</Table.Th>
            {!hideOwner && <Table.Th scope="col">Owner</Table.Th>}
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Evidence or reason</Table.Th>
            {withCommands && <Table.Th scope="col">Record</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => {
            const overdue = a.registerStatus === 'overdue';
            const cell = overdue ? { style: { background: OVERDUE_BACKGROUND } } : {};
            const due = meetingOf(a.dueMeetingId);
            const proposal = proposalTitle(a.proposalId);
            const target = { programmeId, user };
            const commands = !readOnly && (mayComplete(user, a) || mayDrop(user, a)) && (
              <Group gap={4} wrap="nowrap" mt={inlineCommands ? 6 : 0}>
                {mayComplete(user, a) && <CommandButton command={completeAction(a)} target={target} label="Complete" aria-label={`Complete: ${a.title}`} />}
                {mayDrop(user, a) && <CommandButton command={dropAction(a)} target={target} label="Drop" color="gray" aria-label={`Drop: ${a.title}`} />}
              </Group>
            );
            return (
              <Table.Tr key={a.actionId} data-testid={`action-${a.actionId}`} data-status={a.registerStatus}>
                <KeyCell bold={overdue} style={cell.style}>
                  {a.title}
                  {/* A condition raised by itself is titled with its own words: say them once. */}
                  {a.condition && a.condition !== a.title && (
                    <Text size="xs" c="dimmed" fw={400}>
                      Condition: “{a.condition}”
                    </Text>
                  )}
                  {proposal && a.proposalId && (
                    <Text size="xs" fw={400}>
                      <Anchor component={Link} to={`/app/proposals/${a.proposalId}`} size="xs">
                        {proposal}
                      </Anchor>
                    </Text>
                  )}
                  {inlineCommands && commands}
                </KeyCell>
                {!hideOwner && <Table.Td {...cell}>{a.owner.name}</Table.Td>}
                <Table.Td {...cell}>
                  <Day value={a.dueOn} />
                  {due && (
                    <Text size="xs">
                      at{' '}
                      <Anchor component={Link} to={`/app/meetings/${due.meetingId}`} size="xs">
                        {due.title}
                      </Anchor>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td {...cell}>
                  <ActionStatus status={a.registerStatus} />
                  {a.closedOn && (
                    <Text size="xs">
                      on <Day value={a.closedOn} />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td {...cell}>
                  <Text size="sm">{a.evidence ?? a.dropReason ?? ''}</Text>
                </Table.Td>
                {withCommands && <Table.Td {...cell}>{commands}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function ReportsTable({ label, reports, empty }: { label: string; reports: readonly ReportDue[]; empty: string }) {
  if (reports.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ScrollTable label={label} minWidth={560}>
      <Table striped withTableBorder>
        <caption className="visually-hidden">{label}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Report</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Paper</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => {
            const cell = r.state === 'overdue' ? { style: { background: OVERDUE_BACKGROUND } } : {};
            return (
              <Table.Tr key={`${r.dutyId}/${r.dueOn}`}>
                <KeyCell style={cell.style}>{r.title}</KeyCell>
                <Table.Td {...cell}>{r.forumName}</Table.Td>
                <Table.Td {...cell}>
                  <Day value={r.dueOn} />
                </Table.Td>
                <Table.Td {...cell}>
                  <ReportState state={r.state} />
                </Table.Td>
                <Table.Td {...cell}>{r.report ? `${r.report.paper} (received ${formatDate(r.report.receivedOn)})` : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
