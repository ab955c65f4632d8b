import { Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import type { Milestone, ProgrammeSnapshot } from '../api/types';
import { ConfidenceChart, SavingsChart, StatusChart } from '../components/lazy-charts';
import { OffTrackPanel } from '../components/OffTrackPanel';
import { Empty, ErrorState, Loading, RatingChip, Section, ScrollTable } from '../components/ui';
import { CommandButtons } from '../forms/CommandButton';
import { commandsFor, type CommandTarget } from '../forms/commands';
import { formatDate, formatMeasure, formatPence, STATUS_LABELS } from '../format';
import { useAppState, useUser } from '../state';
import { OverdueCounts } from './oversight/OverdueCounts';
import { usePageTitle } from './usePageTitle';

/**
 * The savings target the realised and forecast totals are measured against: the sum of the
 * cash-releasing benefits' targets, the same benefits those totals add up (so they reconcile).
 */
export function programmeTarget(snapshot: ProgrammeSnapshot): number {
  return snapshot.benefitsSummary.cashReleasing.targetPence;
}

const KIND_LABELS: Record<string, string> = {
  'per-period': 'sum of the periods',
  'running-total': 'running total',
  level: 'level reached (a year)',
};

/** Each cash-releasing benefit's part in the totals, as its description (with its source) gives it, and the totals. */
export function SavingsBreakdown({ snapshot }: { snapshot: ProgrammeSnapshot }) {
  const cash = snapshot.benefitsSummary.cashReleasing;
  const parts = snapshot.benefits.filter((b) => b.unit === 'GBP-pence' && b.cashReleasing && !b.isDisbenefit);
  if (parts.length === 0) return null;
  return (
    <ScrollTable label="Savings breakdown" minWidth={560}>
      <Table withTableBorder striped data-testid="savings-breakdown">
        <caption className="visually-hidden">The cash-releasing benefits that make up the savings totals</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Benefit</Table.Th>
            <Table.Th scope="col">Counted as</Table.Th>
            <Table.Th scope="col">Target</Table.Th>
            <Table.Th scope="col">Realised</Table.Th>
            <Table.Th scope="col">Forecast</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((b) => (
            <Table.Tr key={b.benefitId}>
              <Table.Td>{b.description}</Table.Td>
              <Table.Td>{KIND_LABELS[b.scheduleKind] ?? b.scheduleKind}</Table.Td>
              <Table.Td className="money">{formatPence(b.target)}</Table.Td>
              <Table.Td className="money">{formatPence(b.realisedToDate)}</Table.Td>
              <Table.Td className="money">{formatPence(b.forecastTotal)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td />
            <Table.Td className="money">{formatPence(cash.targetPence)}</Table.Td>
            <Table.Td className="money">{formatPence(cash.realisedPence)}</Table.Td>
            <Table.Td className="money">{formatPence(cash.forecastPence)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function DashboardPage() {
  usePageTitle('Programme dashboard');
  const programmeId = useProgrammeId();
  const query = useSnapshot(programmeId);
  if (query.isLoading || !programmeId) return <Loading />;
  if (query.error) return <ErrorState error={query.error} />;
  if (!query.data) return null;
  return <Dashboard snapshot={query.data.snapshot} />;
}

export function Dashboard({ snapshot }: { snapshot: ProgrammeSnapshot }) {
  const user = useUser();
  const { asAt } = useAppState();
  const { programme } = snapshot;
  const target: CommandTarget = { programmeId: programme.programmeId, programme: snapshot, user };
  const programmeCommands = asAt ? [] : commandsFor('programme', target);
  const targetPence = programmeTarget(snapshot);
  const cash = snapshot.benefitsSummary.cashReleasing;
  const milestonesById = new Map(snapshot.milestones.map((m) => [m.milestoneId, m]));
  const proposalTitle = (id: string | null) => snapshot.proposals.find((p) => p.proposalId === id)?.title ?? '';
  const open = snapshot.milestones.filter((m) => !m.actualDate).sort((a, b) => a.forecastDate.localeCompare(b.forecastDate));
  const slipped = snapshot.milestones.filter((m) => isSlipped(m));
  // A milestone not achieved by its forecast date is overdue: as at the chosen moment, else today.
  const referenceDate = (asAt ?? new Date().toISOString()).slice(0, 10);
  const agreedProposals = snapshot.proposals.filter((p) => !['not-taken-forward', 'deferred'].includes(p.status));
  const disagreements = snapshot.proposals.filter(
    (p) => p.deliveryConfidence.self && p.deliveryConfidence.independent && p.deliveryConfidence.self.rating !== p.deliveryConfidence.independent.rating,
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2" data-testid="programme-name">
          {programme.name}
        </Title>
        <Text c="dimmed">
          “{programme.mission}”{programme.director ? ` · Programme director: ${programme.director.name} (from ${formatDate(programme.director.effectiveDate)})` : ''}
        </Text>
      </div>
      {programmeCommands.length > 0 && (
        <Group gap="xs" aria-label="Programme actions" role="group">
          <CommandButtons commands={programmeCommands} target={target} />
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Tile label="Proposals" value={String(snapshot.proposals.length)} note={`${snapshot.proposalsByStatus['in-delivery'] ?? 0} in delivery`} />
        <Tile
          label="Cash-releasing savings realised"
          value={formatPence(cash.realisedPence)}
          note={targetPence > 0 ? `against a target of ${formatPence(targetPence)}` : 'no savings target planned yet'}
          testId="savings-realised"
        />
        <Tile label="Milestones" value={`${snapshot.milestonesSummary.achieved} of ${snapshot.milestonesSummary.total} achieved`} note={`${snapshot.milestonesSummary.slipped} slipped`} />
        <Tile label="Open risks" value={String(snapshot.risks.filter((r) => r.status !== 'closed').length)} note={`highest score ${snapshot.topRisks[0]?.score ?? '—'}`} />
      </SimpleGrid>
      {/* The registers are read as recorded now: under "as at" they would mislead. */}
      {!asAt && <OverdueCounts programmeId={programme.programmeId} />}

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Proposals by status">
          <StatusChart byStatus={snapshot.proposalsByStatus} />
        </Section>
        <Section title="Benefits: cash-releasing savings against the target">
          <Text size="sm" mb="xs">
            {targetPence > 0
              ? `Realised ${formatPence(cash.realisedPence)} of a ${formatPence(targetPence)} target; forecast ${formatPence(cash.forecastPence)}.`
              : `Realised ${formatPence(cash.realisedPence)}; forecast ${formatPence(cash.forecastPence)}. No savings target is planned yet.`}
          </Text>
          <SavingsChart snapshot={snapshot} targetPence={targetPence} />
          <SavingsBreakdown snapshot={snapshot} />
        </Section>
      </SimpleGrid>

      <OffTrackPanel programmeId={programme.programmeId} />

      <Section title="Outcome coverage">
        <Text size="sm" mb="xs">
          Every strategic outcome must be supported by at least one proposal (Service Review 2005, paragraph 34).
        </Text>
        <ScrollTable label="Outcome coverage" minWidth={640}>
          <Table className="matrix" withTableBorder withColumnBorders striped>
            <caption className="visually-hidden">Which proposals support which strategic outcomes</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Proposal</Table.Th>
                {snapshot.outcomeCoverage.map((o) => (
                  <Table.Th scope="col" key={o.outcomeId} style={{ minWidth: 120, fontWeight: 600 }}>
                    {o.title}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreedProposals.map((p) => (
                <Table.Tr key={p.proposalId}>
                  <Table.Th scope="row" style={{ fontWeight: 400 }}>
                    <Anchor component={Link} to={`/app/proposals/${p.proposalId}`} size="sm">
                      {p.title}
                    </Anchor>
                  </Table.Th>
                  {snapshot.outcomeCoverage.map((o) => {
                    const supports = o.proposals.some((x) => x.proposalId === p.proposalId);
                    return (
                      <Table.Td key={o.outcomeId} aria-label={supports ? 'supports' : 'does not support'}>
                        {supports ? '✓' : ''}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">Proposals supporting it</Table.Th>
                {snapshot.outcomeCoverage.map((o) => (
                  <Table.Td key={o.outcomeId} className={o.covered ? undefined : 'gap-cell'}>
                    {o.covered ? o.proposals.length : 'Gap: no proposal'}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Delivery confidence">
          <ConfidenceChart spread={snapshot.deliveryConfidence} />
          {disagreements.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="sm">
                Where the lead and the independent view disagree
              </Text>
              <List size="sm">
                {disagreements.map((p) => (
                  <List.Item key={p.proposalId}>
                    <Anchor component={Link} to={`/app/proposals/${p.proposalId}`}>
                      {p.title}
                    </Anchor>
                    : self <RatingChip rating={p.deliveryConfidence.self?.rating} /> independent <RatingChip rating={p.deliveryConfidence.independent?.rating} />
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Section>
        <Section title="Highest-scoring risks">
          {snapshot.topRisks.length === 0 ? (
            <Empty>No open risks.</Empty>
          ) : (
            <ScrollTable label="Highest-scoring risks" minWidth={420}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Risk</Table.Th>
                    <Table.Th scope="col">Score</Table.Th>
                    <Table.Th scope="col">Residual</Table.Th>
                    <Table.Th scope="col">Owner</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {snapshot.topRisks.map((r) => {
                    const risk = snapshot.risks.find((x) => x.riskId === r.riskId);
                    return (
                      <Table.Tr key={r.riskId}>
                        <Table.Td>
                          {risk?.proposalId ? (
                            <Anchor component={Link} to={`/app/proposals/${risk.proposalId}`} size="sm">
                              {r.title}
                            </Anchor>
                          ) : (
                            r.title
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge color={r.score >= 15 ? 'red.9' : r.score >= 9 ? 'orange' : 'yellow'} c={r.score >= 15 ? undefined : 'black'} variant="filled">
                            {r.score}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{r.residualScore}</Table.Td>
                        <Table.Td>{r.ownerName}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
      </SimpleGrid>

      <Section title="Milestones due and slipped">
        <Text size="sm" mb="xs">
          {snapshot.milestonesSummary.achieved} of {snapshot.milestonesSummary.total} achieved; {slipped.length} slipped against their baseline.
        </Text>
        {snapshot.milestonesSummary.criticalPath.length > 0 && (
          <Text size="sm" mb="sm" data-testid="critical-path">
            <strong>Critical path: </strong>
            {snapshot.milestonesSummary.criticalPath.map((id) => milestonesById.get(id)?.title ?? id).join(' → ')}
          </Text>
        )}
        {open.length + slipped.filter((m) => m.actualDate).length === 0 ? (
          <Empty>No milestone is due and none slipped.</Empty>
        ) : (
        <ScrollTable label="Milestones due and slipped" minWidth={640}>
          <Table striped>
            <caption className="visually-hidden">Milestones not yet achieved, and milestones that slipped</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Milestone</Table.Th>
                <Table.Th scope="col">Proposal</Table.Th>
                <Table.Th scope="col">Baseline</Table.Th>
                <Table.Th scope="col">Forecast</Table.Th>
                <Table.Th scope="col">Actual</Table.Th>
                <Table.Th scope="col">State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...open, ...slipped.filter((m) => m.actualDate)].map((m) => (
                <Table.Tr key={m.milestoneId}>
                  <Table.Td>
                    {m.title}
                    {snapshot.milestonesSummary.criticalPath.includes(m.milestoneId) && (
                      <Badge ml={6} size="xs" color="grape">
                        critical path
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{proposalTitle(m.proposalId ?? null)}</Table.Td>
                  <Table.Td>{formatDate(m.baselineDate)}</Table.Td>
                  <Table.Td>{formatDate(m.forecastDate)}</Table.Td>
                  <Table.Td>{formatDate(m.actualDate)}</Table.Td>
                  <Table.Td>
                    {isSlipped(m) ? (
                      <Text size="sm" c="red.9" fw={600}>
                        Slipped {slipDays(m)} days{m.actualDate ? ', achieved' : ''}
                      </Text>
                    ) : m.actualDate ? (
                      <Text size="sm" c="green.8">
                        Achieved
                      </Text>
                    ) : m.forecastDate < referenceDate ? (
                      <Text size="sm" c="red.9" fw={600}>
                        Overdue
                      </Text>
                    ) : (
                      <Text size="sm" c="blue.8">
                        Due
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Investment by financial year">
          {snapshot.investmentByFinancialYear.length === 0 ? (
            <Empty>No business case has set out investment yet.</Empty>
          ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Financial year</Table.Th>
                <Table.Th scope="col">Approved</Table.Th>
                <Table.Th scope="col">Awaiting scrutiny</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshot.investmentByFinancialYear.map((y) => (
                <Table.Tr key={y.financialYear}>
                  <Table.Th scope="row">{y.financialYear}</Table.Th>
                  <Table.Td className="money">{formatPence(y.approvedPence)}</Table.Td>
                  <Table.Td className="money">{formatPence(y.pendingPence)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          )}
        </Section>
        <Section title="Programme-level benefits">
          {snapshot.benefits.filter((b) => !b.proposalId).length === 0 ? (
            <Empty>None planned.</Empty>
          ) : (
            <Stack gap="xs">
              {snapshot.benefits
                .filter((b) => !b.proposalId)
                .map((b) => (
                  <div key={b.benefitId}>
                    <Text size="sm" fw={600}>
                      {b.description}
                    </Text>
                    <Text size="sm">
                      Target {formatMeasure(b.target, b.unit)} · realised to date {formatMeasure(b.realisedToDate, b.unit)} · variance to date {formatMeasure(b.varianceToDate, b.unit)}
                    </Text>
                    {!asAt && (
                      <Group gap={6} mt={4}>
                        <CommandButtons commands={commandsFor('benefit', { ...target, benefit: b })} target={{ ...target, benefit: b }} />
                      </Group>
                    )}
                  </div>
                ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Proposal statuses: {Object.entries(snapshot.proposalsByStatus).map(([s, n]) => `${STATUS_LABELS[s] ?? s} ${n}`).join(', ')}.
      </Text>
    </Stack>
  );
}

export function isSlipped(m: Milestone): boolean {
  return (m.actualDate ?? m.forecastDate) > m.baselineDate;
}

function slipDays(m: Milestone): number {
  const end = new Date(`${m.actualDate ?? m.forecastDate}T00:00:00Z`).getTime();
  const start = new Date(`${m.baselineDate}T00:00:00Z`).getTime();
  return Math.round((end - start) / 86_400_000);
}

function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Section title={label}>
      <Text fz={26} fw={700} data-testid={testId}>
        {value}
      </Text>
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
    </Section>
  );
}
