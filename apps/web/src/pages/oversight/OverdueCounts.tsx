// The dashboard's overdue counts: actions not done by their day, reports not received by theirs.
import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Section } from '../../components/ui';
import { useActions, useDuties } from './data';

export function OverdueCounts({ programmeId }: { programmeId: string }) {
  const actions = useActions(programmeId);
  const duties = useDuties(programmeId);
  const overdueActions = actions.data?.counts.overdue;
  const overdueReports = duties.data?.overdue;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <Section title="Actions overdue">
        <Text fz={26} fw={700} c={overdueActions ? 'red.9' : undefined} data-testid="actions-overdue">
          {overdueActions ?? '…'}
        </Text>
        <Text size="sm">
          {actions.data ? `${actions.data.counts.open} open on time, ${actions.data.counts.done} done. ` : ''}
          <Anchor component={Link} to="/app/actions?status=overdue" size="sm">
            The overdue actions
          </Anchor>
        </Text>
      </Section>
      <Section title="Reports overdue">
        <Text fz={26} fw={700} c={overdueReports ? 'red.9' : undefined} data-testid="reports-overdue">
          {overdueReports ?? '…'}
        </Text>
        <Text size="sm">
          {duties.data ? `Across ${duties.data.items.length} reporting dut${duties.data.items.length === 1 ? 'y' : 'ies'}. ` : ''}
          <Anchor component={Link} to="/app/meetings" size="sm">
            The forward plan
          </Anchor>
        </Text>
      </Section>
    </SimpleGrid>
  );
}
