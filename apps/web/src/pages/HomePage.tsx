import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useAudit, useProgrammeId, useSnapshot } from '../api/hooks';
import { ErrorState, Loading, Section } from '../components/ui';
import { formatTimestamp, recordedUpTo } from '../format';
import { useAppState, useUser } from '../state';
import { CommitteePage } from './CommitteePage';
import { Dashboard } from './DashboardPage';
import { MyActions } from './MyActionsPage';
import { MyProposals } from './MyProposalsPage';
import { usePageTitle } from './usePageTitle';
import { UsersPage } from './UsersPage';

/** Each role lands where its work is. */
export function HomePage() {
  usePageTitle('Home');
  const user = useUser();
  if (user.role === 'administrator') return <UsersPage />;
  if (user.role === 'oversight-committee') return <CommitteePage />;
  return <RoleHome />;
}

function RoleHome() {
  const user = useUser();
  const programmeId = useProgrammeId();
  const query = useSnapshot(programmeId);
  // The dashboard below draws charts: their code loads beside the programme's data, not after it.
  useEffect(() => {
    if (user.role !== 'lead') void import('../components/charts').catch(() => undefined);
  }, [user.role]);
  if (!programmeId) return <Loading />;
  if (query.error) return <ErrorState error={query.error} />;
  // The recent activity is read beside the programme, not after it (two requests at once after sign-in).
  const programme = query.isLoading || !query.data ? <Loading /> : null;
  return (
    <Stack>
      <Text size="lg">Welcome, {user.name}.</Text>
      {user.role === 'lead' ? (
        (programme ?? (
          <>
            <MyProposals snapshot={query.data!.snapshot} />
            <MyActions />
          </>
        ))
      ) : (
        <>
          <RecentActivity programmeId={programmeId} />
          {programme ?? <Dashboard snapshot={query.data!.snapshot} />}
        </>
      )}
    </Stack>
  );
}

function RecentActivity({ programmeId }: { programmeId: string }) {
  const { asAt } = useAppState();
  const audit = useAudit({ programmeId, to: recordedUpTo(asAt) }, 5);
  const items = audit.data?.pages[0]?.items ?? [];
  return (
    <Section title="Recently recorded">
      <Stack gap={4}>
        {items.map((e) => (
          <Text size="sm" key={e.position}>
            <Text span size="xs" c="dimmed">
              {formatTimestamp(e.recordedAt)}
            </Text>{' '}
            {e.sentence}
          </Text>
        ))}
        <Anchor component={Link} to="/app/audit" size="sm">
          The full audit trail
        </Anchor>
      </Stack>
    </Section>
  );
}

export function PageHeading({ children }: { children: string }) {
  return (
    <Title order={1} size="h2">
      {children}
    </Title>
  );
}
