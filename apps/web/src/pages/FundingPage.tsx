import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import { useFunding } from '../api/plan-hooks';
import type { Funding } from '../api/types';
import { Empty, ErrorState, Loading, ScrollTable, Section } from '../components/ui';
import { CommandButtons } from '../forms/CommandButton';
import { commandsFor, type CommandTarget } from '../forms/commands';
import { PLAN_COMMANDS } from '../forms/plan-commands';
import { formatPence, formatTimestamp } from '../format';
import { useAppState, useUser } from '../state';
import { usePageTitle } from './usePageTitle';

const KIND_LABELS: Record<string, string> = { resource: 'Resources', requirement: 'Requirement', savings: 'Savings' };
const SOURCE_LABELS: Record<string, string> = { precept: 'Precept', grant: 'Grant', 'home-office-bid': 'Home Office bid', reserves: 'Reserves', external: 'External' };

/** The medium-term financial plan: every line by year, in pounds, and the gap derived per year. */
export function FundingPage() {
  usePageTitle('Funding');
  const programmeId = useProgrammeId();
  const funding = useFunding(programmeId);
  if (!programmeId || funding.isLoading) return <Loading />;
  if (funding.error) return <ErrorState error={funding.error} />;
  if (!funding.data) return null;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Funding
      </Title>
      <FundingView funding={funding.data} programmeId={programmeId} />
    </Stack>
  );
}

function FundingView({ funding, programmeId }: { funding: Funding; programmeId: string }) {
  const user = useUser();
  const { asAt } = useAppState();
  // The proposals a line may fund (the snapshot every page shares; as at the moment where one is chosen).
  const snapshot = useSnapshot(programmeId);
  const target: CommandTarget = { programmeId, programme: snapshot.data?.snapshot, user };
  const can = (scope: 'funding' | 'funding-line', t: CommandTarget) => (asAt ? [] : commandsFor(scope, t, PLAN_COMMANDS));
  const proposalTitle = (id: string | null) => (id ? (snapshot.data?.snapshot.proposals.find((p) => p.proposalId === id)?.title ?? id) : 'The programme');
  const years = [...new Set(funding.lines.map((l) => l.year))].sort();
  const shortfall = funding.years.filter((y) => y.gapPence < 0);

  return (
    <>
      {can('funding', target).length > 0 && (
        <Group gap="xs" role="group" aria-label="Funding actions">
          <CommandButtons commands={can('funding', target)} target={target} />
        </Group>
      )}
      <Section title="By year: resources against the requirement" id="funding-years">
        <Text size="sm" mb="xs">
          The gap is the resources less the requirement; a negative gap is a shortfall
          {shortfall.length ? ` (in ${shortfall.map((y) => y.year).join(', ')})` : ''}. Savings are shown beside it.
        </Text>
        {funding.years.length === 0 ? (
          <Empty>No funding line is recorded.</Empty>
        ) : (
          <ScrollTable label="Funding by year" minWidth={560}>
            <Table data-testid="funding" striped withTableBorder>
              <caption className="visually-hidden">Resources, requirement, savings and the gap per financial year, in pounds</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Year</Table.Th>
                  <Table.Th scope="col">Gap</Table.Th>
                  <Table.Th scope="col">Resources</Table.Th>
                  <Table.Th scope="col">Requirement</Table.Th>
                  <Table.Th scope="col">Savings</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {funding.years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Th scope="row">{y.year}</Table.Th>
                    <Table.Td className="money" fw={y.gapPence < 0 ? 700 : undefined} c={y.gapPence < 0 ? 'red.9' : undefined}>
                      {formatPence(y.gapPence)}
                      {y.gapPence < 0 ? ' shortfall' : ''}
                    </Table.Td>
                    <Table.Td className="money">{formatPence(y.resourcesPence)}</Table.Td>
                    <Table.Td className="money">{formatPence(y.requirementPence)}</Table.Td>
                    <Table.Td className="money">{formatPence(y.savingsPence)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      {years.map((year) => (
        <Section key={year} title={`Lines for ${year}`} id={`funding-${year.replace('/', '-')}`}>
          <ScrollTable label={`Funding lines for ${year}`} minWidth={640}>
            <Table striped withTableBorder data-testid={`funding-lines-${year}`}>
              <caption className="visually-hidden">The funding lines of {year}, in pounds</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Line</Table.Th>
                  <Table.Th scope="col">Amount</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">Funds</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {funding.lines
                  .filter((l) => l.year === year)
                  .map((l) => {
                    const commands = can('funding-line', { ...target, fundingLine: l });
                    return (
                      <Table.Tr key={l.lineId}>
                        <Table.Th scope="row" style={{ fontWeight: 400 }}>
                          {l.label}
                          {l.revisions.map((r, n) => (
                            <Text key={n} size="xs" c="dimmed">
                              Was {formatPence(r.previousAmountPence)} until {formatTimestamp(r.at)}: {r.reason}
                            </Text>
                          ))}
                          {commands.length > 0 && (
                            <Group gap={4} mt={4}>
                              <CommandButtons commands={commands} target={{ ...target, fundingLine: l }} />
                            </Group>
                          )}
                        </Table.Th>
                        <Table.Td className="money">{formatPence(l.amountPence)}</Table.Td>
                        <Table.Td>{KIND_LABELS[l.kind] ?? l.kind}</Table.Td>
                        <Table.Td>{l.source ? (SOURCE_LABELS[l.source] ?? l.source) : '—'}</Table.Td>
                        <Table.Td>{proposalTitle(l.proposalId)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Section>
      ))}
    </>
  );
}
