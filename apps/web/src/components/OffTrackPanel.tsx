// The dashboard's view of the plan: how many indicators are off track in the current year of the
// plan in force, and which, with the member accountable for each. Self-contained: it reads the
// plan's performance itself and links to the performance page for the rest.
import { Anchor, Badge, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { usePerformance, usePlans } from '../api/plan-hooks';
import { formatNumber } from '../format';
import { currentPlanId, currentYear, useReferenceDay } from './PlanChooser';
import { Empty, ErrorState, Loading, Section } from './ui';

export function OffTrackPanel({ programmeId }: { programmeId: string }) {
  const plans = usePlans(programmeId);
  const referenceDay = useReferenceDay();
  const plan = plans.data && plans.data.items.find((p) => p.planId === currentPlanId(plans.data.items, referenceDay));
  const year = plan ? currentYear(plan, referenceDay) : undefined;
  const performance = usePerformance(plan?.planId, year);
  return (
    <Section title="Off-track indicators" id="dashboard-off-track">
      {plans.isLoading || performance.isLoading ? (
        <Loading />
      ) : plans.error || performance.error ? (
        <ErrorState error={plans.error ?? performance.error} />
      ) : !plan || !performance.data ? (
        <Empty>No plan is recorded for this programme.</Empty>
      ) : (
        <div data-testid="dashboard-off-track">
          <Text size="sm" mb="xs">
            <Text span fz={22} fw={700} c={performance.data.offTrack.length ? 'red.9' : undefined} data-testid="dashboard-off-track-count">
              {performance.data.offTrack.length}
            </Text>{' '}
            off track in {year} against the {plan.title} ·{' '}
            <Anchor component={Link} to={`/app/performance?plan=${encodeURIComponent(plan.planId)}&year=${encodeURIComponent(year ?? '')}`}>
              Performance
            </Anchor>
          </Text>
          {performance.data.offTrack.length === 0 ? (
            <Empty>Every indicator with a target and an actual is within its tolerance.</Empty>
          ) : (
            <List size="sm" spacing={4}>
              {performance.data.offTrack.map((o) => (
                <List.Item key={`${o.objectiveId}/${o.indicatorId}`}>
                  <strong>{o.indicator}</strong>: {formatNumber(o.actual)} {o.unit} against a target of {formatNumber(o.target)} {o.unit} ({o.objective}){' '}
                  <Badge variant="light" color="gray" size="sm" tt="none">
                    Accountable: {o.accountable.name}
                  </Badge>
                </List.Item>
              ))}
            </List>
          )}
        </div>
      )}
    </Section>
  );
}
