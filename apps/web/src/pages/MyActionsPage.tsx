// A lead's actions: the ones they own, overdue first to the eye, each completed with evidence.
import { Stack, Text, Title } from '@mantine/core';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import { ErrorState, Loading, Section } from '../components/ui';
import { useAppState, useUser } from '../state';
import { useMeetings, useMyActions } from './oversight/data';
import { ActionsTable } from './oversight/parts';
import { usePageTitle } from './usePageTitle';

export function MyActionsPage() {
  usePageTitle('My actions');
  return (
    <Stack>
      <Title order={1} size="h2">
        My actions
      </Title>
      <MyActions />
    </Stack>
  );
}

/** The signed-in person's actions (also on a lead's home page). */
export function MyActions() {
  const user = useUser();
  const { asAt } = useAppState();
  const programmeId = useProgrammeId();
  const mine = useMyActions();
  const snapshot = useSnapshot(programmeId);
  const meetings = useMeetings(programmeId);
  if (mine.isLoading || !programmeId) return <Loading />;
  if (mine.error) return <ErrorState error={mine.error} />;
  const data = mine.data;
  if (!data) return null;
  const open = data.items.filter((a) => a.status === 'open');
  const closed = data.items.filter((a) => a.status !== 'open');
  return (
    <Section title="Actions I own">
      <Text size="sm" mb="xs" data-testid="my-action-counts">
        You own {data.counts.open + data.counts.overdue} open action{data.counts.open + data.counts.overdue === 1 ? '' : 's'}
        {data.counts.overdue ? `, ${data.counts.overdue} overdue` : ''}; {data.counts.done} done. Complete one with the evidence that shows it is done.
      </Text>
      <Stack gap="sm">
        <ActionsTable label="My open actions" actions={open} user={user} programmeId={programmeId} meetings={meetings.data?.items} snapshot={snapshot.data?.snapshot} hideOwner inlineCommands readOnly={!!asAt} empty="You have no open action." testId="my-open-actions" />
        {closed.length > 0 && (
          <details>
            <summary>Done and dropped ({closed.length})</summary>
            <ActionsTable label="My closed actions" actions={closed} user={user} programmeId={programmeId} meetings={meetings.data?.items} snapshot={snapshot.data?.snapshot} hideOwner readOnly empty="" testId="my-closed-actions" />
          </details>
        )}
      </Stack>
    </Section>
  );
}
