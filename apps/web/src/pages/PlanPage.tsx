import { Alert, Badge, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';
import { useProgrammeId } from '../api/hooks';
import { ErrorState, Loading } from '../components/ui';
import { useQueryParam } from '../components/useQueryParam';
import { formatDate, formatNumber, formatPence, recordedUpTo } from '../format';
import { useAppState } from '../state';
import { usePageTitle } from './usePageTitle';

const STATUS_COLOUR: Record<string, string> = { 'off-track': 'red', 'on-track': 'green', 'no-data': 'gray' };

/** The plan the programme serves: performance against it (off track first, who is accountable), how it changed, the money. */
export function PlanPage() {
  usePageTitle('Plan and performance');
  const programmeId = useProgrammeId();
  const { asAt } = useAppState();
  // "As at" is recording time here; a business day reads as its end.
  const at = recordedUpTo(asAt) ?? undefined;
  const plans = useQuery({
    queryKey: ['plans', programmeId],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/plans', { params: { path: { programmeId: programmeId ?? '' } } })),
  });
  const [chosen, setChosen] = useQueryParam('plan');
  const planId = chosen ?? plans.data?.items.at(-1)?.planId;
  const plan = useQuery({
    queryKey: ['plan', planId, at],
    enabled: !!planId,
    queryFn: () => dataOf(api.GET('/plans/{planId}', { params: { path: { planId: planId ?? '' }, query: { at } } })),
  });
  const [period, setPeriod] = useQueryParam('year');
  const year = period ?? plan.data?.firstYear;
  const performance = useQuery({
    queryKey: ['performance', planId, year, at],
    enabled: !!planId && !!year,
    queryFn: () => dataOf(api.GET('/plans/{planId}/performance', { params: { path: { planId: planId ?? '' }, query: { period: year, at } } })),
  });
  const funding = useQuery({
    queryKey: ['funding', programmeId, at],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/funding', { params: { path: { programmeId: programmeId ?? '' }, query: { at } } })),
  });

  if (plans.isLoading) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} />;
  if (!plans.data?.items.length) return <Alert>No plan has been recorded for this programme.</Alert>;
  const years = plan.data ? yearsOf(plan.data.firstYear, plan.data.lastYear) : [];

  return (
    <Stack>
      <Title order={1} size="h2">
        Plan and performance
      </Title>
      <Group>
        <NativeSelect label="Plan" value={planId} onChange={(e) => setChosen(e.currentTarget.value, ['year'])} data={plans.data.items.map((p) => ({ value: p.planId, label: p.title }))} />
        <NativeSelect label="Year" value={year} onChange={(e) => setPeriod(e.currentTarget.value)} data={years} />
      </Group>
      {plan.data?.mission && <Text>Mission: {plan.data.mission}</Text>}

      <Title order={2} size="h3">Off track</Title>
      {performance.isLoading && <Loading />}
      {performance.data && performance.data.offTrack.length === 0 && <Text c="dimmed">Nothing is off track in {year}.</Text>}
      {performance.data && performance.data.offTrack.length > 0 && (
        <Table data-testid="off-track" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Objective</Table.Th><Table.Th>Indicator</Table.Th><Table.Th>Target</Table.Th><Table.Th>Actual</Table.Th><Table.Th>Tolerance</Table.Th><Table.Th>Accountable</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {performance.data.offTrack.map((o) => (
              <Table.Tr key={`${o.objectiveId}/${o.indicatorId}`}>
                <Table.Td>{o.objective}</Table.Td><Table.Td>{o.indicator}</Table.Td>
                <Table.Td>{formatNumber(o.target)} {o.unit}</Table.Td><Table.Td>{formatNumber(o.actual)} {o.unit}</Table.Td>
                <Table.Td>{formatNumber(o.tolerance)}</Table.Td><Table.Td>{o.accountable.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2} size="h3">Objectives by priority</Title>
      {performance.data?.priorities.map((p) => (
        <Stack key={p.priorityId} gap="xs">
          <Group gap="xs">
            <Title order={3} size="h4">{p.title}</Title>
            <Badge variant="light">{p.tier === 'londoners' ? 'for Londoners' : 'for excellence'}</Badge>
            {p.status === 'retired' && <Badge color="gray">retired</Badge>}
          </Group>
          {p.objectives.length === 0 && <Text c="dimmed" size="sm">No objectives.</Text>}
          {p.objectives.map((o) => (
            <Stack key={o.objectiveId} gap={2} pl="md">
              <Text fw={600}>
                {o.title} — {o.accountable.name} {o.criticalFocus && <Badge size="xs">critical focus</Badge>}
              </Text>
              {o.indicators.map((i) => (
                <Text key={i.indicatorId} size="sm">
                  {i.title}: target {i.target === null ? '—' : `${formatNumber(i.target)} ${i.unit}`}, actual {i.actual === null ? '—' : `${formatNumber(i.actual)} ${i.unit}`}{' '}
                  <Badge color={STATUS_COLOUR[i.status]} size="sm">{i.status}</Badge>
                </Text>
              ))}
            </Stack>
          ))}
        </Stack>
      ))}

      <Title order={2} size="h3">How the plan changed</Title>
      <Table>
        <Table.Tbody>
          {plan.data?.history.map((h, n) => (
            <Table.Tr key={n}><Table.Td>{formatDate(h.on)}</Table.Td><Table.Td>{h.change}</Table.Td><Table.Td>{h.title}</Table.Td><Table.Td>{h.reason ?? ''}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={2} size="h3">Funding</Title>
      {funding.data && (
        <Table data-testid="funding">
          <Table.Thead>
            <Table.Tr><Table.Th>Year</Table.Th><Table.Th>Resources</Table.Th><Table.Th>Requirement</Table.Th><Table.Th>Savings</Table.Th><Table.Th>Gap</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funding.data.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td><Table.Td className="money">{formatPence(y.resourcesPence)}</Table.Td><Table.Td className="money">{formatPence(y.requirementPence)}</Table.Td>
                <Table.Td className="money">{formatPence(y.savingsPence)}</Table.Td><Table.Td className="money" c={y.gapPence < 0 ? 'red' : undefined}>{formatPence(y.gapPence)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function yearsOf(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) out.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return out;
}
