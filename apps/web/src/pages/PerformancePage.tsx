import { Alert, Badge, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useObjective, usePerformance } from '../api/plan-hooks';
import type { Performance, PerformanceIndicator, PerformanceObjective, Plan } from '../api/types';
import { IndicatorChart } from '../components/lazy-charts';
import { currentYear, PlanSelect, useChosenPlan, useReferenceDay } from '../components/PlanChooser';
import { Empty, ErrorState, Loading, ScrollTable, Section } from '../components/ui';
import { useQueryParam } from '../components/useQueryParam';
import { CommandButtons } from '../forms/CommandButton';
import { commandsFor, type CommandTarget } from '../forms/commands';
import { planYears, PLAN_COMMANDS } from '../forms/plan-commands';
import { formatDate, formatNumber } from '../format';
import { useAppState, useUser } from '../state';
import { usePageTitle } from './usePageTitle';

export const INDICATOR_STATUS: Record<string, { label: string; color: string }> = {
  'off-track': { label: 'Off track', color: 'red.9' },
  'on-track': { label: 'On track', color: 'green.9' },
  'no-data': { label: 'No data', color: 'gray.7' },
};

export function StatusPill({ status }: { status: string }) {
  const s = INDICATOR_STATUS[status] ?? { label: status, color: 'gray.7' };
  return (
    <Badge color={s.color} variant="filled" size="sm" styles={{ root: { flexShrink: 0 } }}>
      {s.label}
    </Badge>
  );
}

const withUnit = (value: number | null, unit: string) => (value === null ? '—' : `${formatNumber(value)} ${unit}`);

/** Performance against the plan in a year: off track first, with who is accountable; objectives by priority with their indicators' charts. */
export function PerformancePage() {
  usePageTitle('Performance');
  const { programmeId, plans, planId, plan, choose } = useChosenPlan();
  const referenceDay = useReferenceDay();
  const [chosenYear, setYear] = useQueryParam('year');
  const years = plan.data ? planYears(plan.data) : [];
  const year = chosenYear && years.includes(chosenYear) ? chosenYear : plan.data ? currentYear(plan.data, referenceDay) : undefined;
  const performance = usePerformance(planId, year);

  if (plans.isLoading || !programmeId) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} />;
  if (!plans.data?.items.length) return <Alert>No plan has been recorded for this programme.</Alert>;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Performance
      </Title>
      <Group align="flex-end" wrap="wrap">
        <PlanSelect plans={plans.data.items} planId={planId} onChange={choose} />
        <NativeSelect label="Year" value={year ?? ''} onChange={(e) => setYear(e.currentTarget.value)} data={years} style={{ flex: '0 0 120px' }} />
      </Group>
      {plan.error && <ErrorState error={plan.error} />}
      {(plan.isLoading || performance.isLoading) && <Loading />}
      {performance.error && <ErrorState error={performance.error} />}
      {plan.data && performance.data && <PerformanceView plan={plan.data} performance={performance.data} programmeId={programmeId} />}
    </Stack>
  );
}

function PerformanceView({ plan, performance, programmeId }: { plan: Plan; performance: Performance; programmeId: string }) {
  const user = useUser();
  const { asAt } = useAppState();
  const target: CommandTarget = { programmeId, plan, period: performance.period, user };
  const can = (scope: Parameters<typeof commandsFor>[0], t: CommandTarget) => (asAt ? [] : commandsFor(scope, t, PLAN_COMMANDS));
  const objectives = performance.priorities.flatMap((p) => p.objectives);
  const indicators = objectives.flatMap((o) => o.indicators);
  const rated = indicators.filter((i) => i.status !== 'no-data').length;
  const withObjectives = performance.priorities.filter((p) => p.objectives.length > 0);
  const withoutObjectives = performance.priorities.filter((p) => p.objectives.length === 0);

  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Figure label={`Off track in ${performance.period}`} value={String(performance.offTrack.length)} testId="off-track-count" alarm={performance.offTrack.length > 0} />
        <Figure label="Indicators with a target and an actual" value={`${rated} of ${indicators.length}`} />
        <Figure label="Objectives" value={String(objectives.length)} note={`${objectives.filter((o) => o.criticalFocus).length} critical focus`} />
      </SimpleGrid>
      {can('plan', target).length > 0 && (
        <Group gap="xs" role="group" aria-label="Plan actions">
          <CommandButtons commands={can('plan', target).filter((c) => c.id === 'define-objective')} target={target} />
        </Group>
      )}

      {/* The figures and who is accountable come first: on a phone they show before the table scrolls. */}
      <Section title="Off track" id="off-track-heading">
        {performance.offTrack.length === 0 ? (
          <Empty>Nothing is off track in {performance.period}.</Empty>
        ) : (
          <ScrollTable label="Off-track indicators" minWidth={720}>
            <Table data-testid="off-track" striped withTableBorder>
              <caption className="visually-hidden">Indicators off track in {performance.period}, with the member accountable</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Indicator</Table.Th>
                  <Table.Th scope="col">Actual</Table.Th>
                  <Table.Th scope="col">Target</Table.Th>
                  <Table.Th scope="col">Accountable</Table.Th>
                  <Table.Th scope="col">Tolerance</Table.Th>
                  <Table.Th scope="col">Objective</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {performance.offTrack.map((o) => (
                  <Table.Tr key={`${o.objectiveId}/${o.indicatorId}`}>
                    <Table.Th scope="row" style={{ fontWeight: 600 }}>
                      {o.indicator}
                    </Table.Th>
                    <Table.Td className="money">{withUnit(o.actual, o.unit)}</Table.Td>
                    <Table.Td className="money">{withUnit(o.target, o.unit)}</Table.Td>
                    <Table.Td>{o.accountable.name}</Table.Td>
                    <Table.Td className="money">{formatNumber(o.tolerance)}</Table.Td>
                    <Table.Td>{o.objective}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Title order={2} size="h3">
        Objectives by priority
      </Title>
      {/* Priorities with an objective off track first, then the rest with objectives, in the plan's order. */}
      {[...withObjectives].sort((a, b) => Number(b.objectives.some((o) => o.offTrack)) - Number(a.objectives.some((o) => o.offTrack))).map((p) => (
        <Section key={p.priorityId} title={p.title} id={`priority-${p.priorityId}`}>
          <Group gap={6} mb="xs">
            <Badge variant="light">{p.tier === 'londoners' ? 'For Londoners' : 'For excellence'}</Badge>
            {p.status === 'retired' && <Badge color="gray.7">Retired</Badge>}
          </Group>
          <Stack gap="sm">
            {p.objectives.map((o) => (
              <ObjectiveCard key={o.objectiveId} objective={o} target={{ ...target, objective: o }} can={can} />
            ))}
          </Stack>
        </Section>
      ))}
      {withoutObjectives.length > 0 && (
        <Section title="Priorities with no objective yet" id="priorities-without-objectives">
          <List size="sm" data-testid="priorities-without-objectives">
            {withoutObjectives.map((p) => (
              <List.Item key={p.priorityId}>
                {p.title}
                {p.status === 'retired' ? ' (retired)' : ''}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </>
  );
}

function ObjectiveCard({ objective, target, can }: { objective: PerformanceObjective; target: CommandTarget; can: (scope: 'objective' | 'indicator', t: CommandTarget) => ReturnType<typeof commandsFor> }) {
  const headingId = `objective-${objective.objectiveId}`;
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-labelledby={headingId} data-testid={`objective-${objective.objectiveId}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {objective.title}
          </Title>
          <Text size="sm">
            Accountable: <strong>{objective.accountable.name}</strong>
          </Text>
        </div>
        <Group gap={6}>
          {objective.criticalFocus && (
            <Badge color="grape.9" variant="filled" size="sm">
              Critical focus
            </Badge>
          )}
          {objective.offTrack && <StatusPill status="off-track" />}
        </Group>
      </Group>
      <AccountableHistory objectiveId={objective.objectiveId} />
      {can('objective', target).length > 0 && (
        <Group gap={6} mt="xs" role="group" aria-label={`Actions on ${objective.title}`}>
          <CommandButtons commands={can('objective', target)} target={target} />
        </Group>
      )}
      {objective.indicators.length === 0 ? (
        <Empty>No indicators yet.</Empty>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          {objective.indicators.map((i) => (
            <IndicatorBlock key={i.indicatorId} indicator={i} target={{ ...target, indicator: i }} can={can} />
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}

/** Who has been accountable, and why it moved: read when opened, and only now (the objective's read keeps no as-at). */
function AccountableHistory({ objectiveId }: { objectiveId: string }) {
  const { asAt } = useAppState();
  const [open, setOpen] = useState(false);
  const detail = useObjective(objectiveId, open && !asAt);
  if (asAt) return null;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Text span size="sm">
          Who has been accountable
        </Text>
      </summary>
      {detail.isLoading && <Loading />}
      {detail.error && <ErrorState error={detail.error} />}
      {detail.data && (
        <List size="sm" data-testid={`accountable-history-${objectiveId}`}>
          {detail.data.accountableHistory.map((h, n) => (
            <List.Item key={n}>
              {h.name}, from {formatDate(h.from)}
              {h.reason ? `: ${h.reason}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </details>
  );
}

function IndicatorBlock({ indicator, target, can }: { indicator: PerformanceIndicator; target: CommandTarget; can: (scope: 'indicator', t: CommandTarget) => ReturnType<typeof commandsFor> }) {
  const commands = can('indicator', target);
  return (
    <div data-testid={`indicator-${indicator.indicatorId}`}>
      <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm">
          {indicator.title}
        </Text>
        <StatusPill status={indicator.status} />
      </Group>
      <Text size="sm">
        Target {withUnit(indicator.target, indicator.unit)} · actual {withUnit(indicator.actual, indicator.unit)}
      </Text>
      <Text size="xs" c="dimmed">
        {indicator.direction === 'lower-is-better' ? 'Lower is better' : 'Higher is better'}; tolerance {formatNumber(indicator.tolerance)}; source: {indicator.dataSource}
      </Text>
      <IndicatorChart indicator={indicator} />
      {commands.length > 0 && (
        <Group gap={6} mt={4} role="group" aria-label={`Actions on ${indicator.title}`}>
          <CommandButtons commands={commands} target={target} />
        </Group>
      )}
    </div>
  );
}

function Figure({ label, value, note, testId, alarm }: { label: string; value: string; note?: string; testId?: string; alarm?: boolean }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} c={alarm ? 'red.9' : undefined} data-testid={testId}>
        {value}
      </Text>
      {note && <Text size="sm">{note}</Text>}
    </Paper>
  );
}
