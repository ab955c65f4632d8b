import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useChanges, useProgrammeId, useSnapshot } from '../api/hooks';
import type { ChangesResult, ProgrammeSnapshot } from '../api/types';
import { ConfidenceChart, SavingsChart } from '../components/lazy-charts';
import { AuditChainPanel, CommitteePackPanel } from '../components/CommitteePack';
import { Empty, ErrorState, Loading, Section, ScrollTable } from '../components/ui';
import { useQueryParam } from '../components/useQueryParam';
import { formatDate, formatPence, formatTimestamp, isBusinessDay, isoToLocalInput, localInputToIso, recordedUpTo, ROLE_LABELS } from '../format';
import { useAppState } from '../state';
import { programmeTarget, SavingsBreakdown } from './DashboardPage';
import { usePageTitle } from './usePageTitle';

export function CommitteePage() {
  usePageTitle('Committee view');
  const programmeId = useProgrammeId();
  const query = useSnapshot(programmeId);
  return (
    <Stack>
      <Title order={1} size="h2">
        Committee view
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AsAtPicker />
        <ChangesSince programmeId={programmeId} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CommitteePackPanel programmeId={programmeId} />
        <AuditChainPanel />
      </SimpleGrid>
      {query.isLoading && <Loading />}
      {query.error && <ErrorState error={query.error} />}
      {query.data && <CommitteeSummary snapshot={query.data.snapshot} eventsFolded={query.data.asAt?.eventsFolded} />}
    </Stack>
  );
}

/**
 * "As at": every page then shows the programme as it stood at a recorded moment, or as
 * the record tells it on a day (business time: for history recorded after the fact).
 */
function AsAtPicker() {
  const { asAt, setAsAt } = useAppState();
  const [value, setValue] = useState(asAt && !isBusinessDay(asAt) ? isoToLocalInput(asAt) : '');
  const [day, setDay] = useState(isBusinessDay(asAt) ? asAt : '');
  const [error, setError] = useState<string | null>(null);
  const [dayError, setDayError] = useState<string | null>(null);
  // The moment can arrive after the first render (from the URL): show it in the fields.
  useEffect(() => {
    setValue(asAt && !isBusinessDay(asAt) ? isoToLocalInput(asAt) : '');
    setDay(isBusinessDay(asAt) ? asAt : '');
  }, [asAt]);
  return (
    <Section title="The programme as at a moment, or on a day">
      <Stack gap="md">
        <form
          aria-label="Choose the moment"
          onSubmit={(e) => {
            e.preventDefault();
            const iso = localInputToIso(value);
            if (!iso) {
              setError('Choose a date and time.');
              return;
            }
            setError(null);
            setAsAt(iso);
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              See every page — dashboard, proposals, audit trail — as it stood at the moment of a meeting. The moment is when things were recorded, in your time zone.
            </Text>
            <TextInput type="datetime-local" step={1} label="As at (recorded by)" value={value} onChange={(e) => setValue(e.currentTarget.value)} error={error} />
            <Group gap="xs">
              <Button type="submit">Show the programme as at then</Button>
              {asAt && (
                <Button variant="default" onClick={() => setAsAt(null)}>
                  Back to now
                </Button>
              )}
            </Group>
          </Stack>
        </form>
        <form
          aria-label="Choose the day"
          onSubmit={(e) => {
            e.preventDefault();
            if (!isBusinessDay(day)) {
              setDayError('Choose a day.');
              return;
            }
            setDayError(null);
            setAsAt(day);
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              Or the programme as the record tells it on a day, by the dates of its decisions, assessments and reports — for history recorded later, such as the
              demo of 2005–2006 (try 29 September 2005, when the Authority agreed the proposals).
            </Text>
            <TextInput type="date" label="In effect on" value={day} onChange={(e) => setDay(e.currentTarget.value)} error={dayError} />
            <Group gap="xs">
              <Button type="submit" variant="light">
                Show the programme on that day
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Section>
  );
}

function ChangesSince({ programmeId }: { programmeId: string | undefined }) {
  const { asAt } = useAppState();
  const [since, setFrom] = useQueryParam('since');
  const from = since && !Number.isNaN(Date.parse(since)) ? since : null;
  const [value, setValue] = useState(from ? isoToLocalInput(from) : '');
  const [error, setError] = useState<string | null>(null);
  const changes = useChanges(programmeId, from, recordedUpTo(asAt) ?? null);
  return (
    <Section title="Changes since a date">
      <form
        aria-label="Changes since"
        onSubmit={(e) => {
          e.preventDefault();
          const iso = localInputToIso(value);
          // Without a moment nothing would happen at all: say what is missing.
          setError(iso ? null : 'Choose a date and time.');
          if (iso) setFrom(iso);
        }}
      >
        <Stack gap="xs">
          <Text size="sm">What was recorded after this moment{asAt ? ', up to the “as at” moment' : ''}: who changed what, and why.</Text>
          <TextInput type="datetime-local" step={1} label="Changes since" value={value} onChange={(e) => setValue(e.currentTarget.value)} error={error} />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            Show changes
          </Button>
        </Stack>
      </form>
      {changes.isLoading && <Loading />}
      {changes.error && <ErrorState error={changes.error} />}
      {changes.data && <ChangesList data={changes.data} />}
    </Section>
  );
}

function countChanges(changes: unknown): { kind: string; added: number; changed: number; removed: number }[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>)
    .filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v))
    .map(([kind, v]) => {
      const c = v as { added?: unknown[]; changed?: unknown[]; removed?: unknown[] };
      return { kind, added: c.added?.length ?? 0, changed: c.changed?.length ?? 0, removed: c.removed?.length ?? 0 };
    })
    .filter((c) => c.added + c.changed + c.removed > 0);
}

function ChangesList({ data }: { data: ChangesResult }) {
  const counts = countChanges(data.changes);
  return (
    <Stack gap="xs" mt="sm" data-testid="changes">
      <Text size="sm" fw={600}>
        {data.events.length} change{data.events.length === 1 ? '' : 's'} recorded between {formatTimestamp(data.from)} and {formatTimestamp(data.to)}
      </Text>
      {counts.length > 0 && (
        <Group gap={6}>
          {counts.map((c) => (
            <Badge key={c.kind} variant="light">
              {c.kind}: {c.added} added, {c.changed} changed{c.removed ? `, ${c.removed} removed` : ''}
            </Badge>
          ))}
        </Group>
      )}
      <ScrollTable label="Changes since" minWidth={480} maxHeight={360}>
        <Table striped>
          <Table.Tbody>
            {[...data.events].reverse().map((e) => (
              <Table.Tr key={e.position}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs">{formatTimestamp(e.recordedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.sentence ?? e.type}</Text>
                  <Text size="xs" c="dimmed">
                    {e.actor?.name ?? e.actor?.id} ({ROLE_LABELS[e.actor?.role ?? ''] ?? e.actor?.role}){e.reason ? ` — why: ${e.reason}` : ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function CommitteeSummary({ snapshot, eventsFolded }: { snapshot: ProgrammeSnapshot; eventsFolded?: number }) {
  const { asAt } = useAppState();
  const awaiting = snapshot.proposals.flatMap((p) => p.businessCases.filter((b) => b.status === 'awaiting-scrutiny').map((b) => ({ proposal: p, bc: b })));
  const targetPence = programmeTarget(snapshot);
  const cash = snapshot.benefitsSummary.cashReleasing;
  return (
    <Stack>
      {eventsFolded !== undefined && (
        <Alert color="orange" variant="light" title={`${snapshot.programme.name}, as it stood then`}>
          {isBusinessDay(asAt)
            ? `Built from the ${eventsFolded} events in effect on that day, by the dates they record.`
            : `Built from the ${eventsFolded} events recorded up to that moment.`}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Business cases awaiting scrutiny">
          {awaiting.length === 0 ? (
            <Empty>None.</Empty>
          ) : (
            <Stack gap={4}>
              {awaiting.map(({ proposal, bc }) => (
                <Text size="sm" key={`${proposal.proposalId}-${bc.version}`}>
                  <Anchor component={Link} to={`/app/proposals/${proposal.proposalId}`}>
                    {proposal.title}
                  </Anchor>
                  : {bc.stage} v{bc.version}, submitted {formatDate(bc.submittedOn)}, whole-life cost {formatPence(bc.wholeLifeCostPence)}
                </Text>
              ))}
            </Stack>
          )}
          <Text size="sm" mt="md">
            <Anchor component={Link} to="/app/audit">
              Open the audit trail
            </Anchor>{' '}
            · <Anchor component={Link} to="/app/programme">Programme dashboard</Anchor> ·{' '}
            <Anchor component={Link} to="/app/proposals">Proposals</Anchor>
          </Text>
        </Section>
        <Section title="Delivery confidence: self against independent">
          <ConfidenceChart spread={snapshot.deliveryConfidence} />
        </Section>
      </SimpleGrid>
      <Section title="Savings against the target">
        <Text size="sm" data-testid="committee-savings">
          Cash-releasing savings realised: {formatPence(cash.realisedPence)} of {formatPence(targetPence)}; forecast {formatPence(cash.forecastPence)}.
        </Text>
        <SavingsChart snapshot={snapshot} targetPence={targetPence} />
        <SavingsBreakdown snapshot={snapshot} />
      </Section>
    </Stack>
  );
}
