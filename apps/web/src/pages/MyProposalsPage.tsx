import { Alert, Anchor, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import type { Benefit, ProgrammeSnapshot } from '../api/types';
import { Empty, ErrorState, Loading, RatingChip, Section, StatusBadge, ScrollTable } from '../components/ui';
import { CommandForm } from '../forms/CommandForm';
import { command, type CommandTarget } from '../forms/commands';
import { formatMeasure } from '../format';
import { useAppState, useUser } from '../state';
import { usePageTitle } from './usePageTitle';

export function MyProposalsPage() {
  usePageTitle('My proposals');
  const programmeId = useProgrammeId();
  const query = useSnapshot(programmeId);
  if (query.isLoading || !programmeId) return <Loading />;
  if (query.error) return <ErrorState error={query.error} />;
  if (!query.data) return null;
  return <MyProposals snapshot={query.data.snapshot} />;
}

export function MyProposals({ snapshot }: { snapshot: ProgrammeSnapshot }) {
  const user = useUser();
  const { asAt } = useAppState();
  const mine = snapshot.proposals.filter((p) => !!user.personId && p.lead?.leadId === user.personId);
  const myBenefits = snapshot.benefits.filter((b) => mine.some((p) => p.proposalId === b.proposalId));
  const [benefitId, setBenefitId] = useState('');
  const [reported, setReported] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // A benefit with every scheduled period reported has nothing left to report here: start on one that has.
  const realise = command('realise-benefit');
  const hasOpenPeriod = (b: Benefit) => realise.available?.({ programmeId: snapshot.programme.programmeId, benefit: b, user }) ?? true;
  const chosen = myBenefits.find((b) => b.benefitId === benefitId) ?? myBenefits.find(hasOpenPeriod) ?? myBenefits[0];
  const target: CommandTarget | null = chosen
    ? { programmeId: snapshot.programme.programmeId, programme: snapshot, benefit: chosen, user }
    : null;

  const benefitSelect = (
    <NativeSelect
      label="Benefit"
      value={chosen?.benefitId ?? ''}
      onChange={(e) => {
        setBenefitId(e.currentTarget.value);
        setReported(null);
      }}
      data={myBenefits.map((b) => ({ value: b.benefitId, label: `${b.description} (${mine.find((p) => p.proposalId === b.proposalId)?.title ?? ''})` }))}
    />
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        My proposals
      </Title>
      <Text c="dimmed">
        The proposals you lead in {snapshot.programme.name}: you are accountable for them and for realising their benefits.
      </Text>
      {mine.length === 0 ? (
        <Empty>You do not lead any proposal in this programme{asAt ? ' at that moment' : ''}.</Empty>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Section title="Proposals I lead">
            {/* Tables scroll inside their card, so the page fits a phone. */}
            <ScrollTable label="Proposals I lead" minWidth={440}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Proposal</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">My rating</Table.Th>
                  <Table.Th scope="col">Independent</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.map((p) => (
                  <Table.Tr key={p.proposalId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/app/proposals/${p.proposalId}`}>
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>
                      <RatingChip rating={p.deliveryConfidence.self?.rating} />
                    </Table.Td>
                    <Table.Td>
                      <RatingChip rating={p.deliveryConfidence.independent?.rating} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            </ScrollTable>
            <Text size="sm" fw={600} mt="md">
              Benefits I own
            </Text>
            {myBenefits.length === 0 ? (
              <Empty>No benefit planned yet: plan one from the proposal’s page.</Empty>
            ) : (
              <ScrollTable label="Benefits I own" minWidth={360}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Benefit</Table.Th>
                    <Table.Th scope="col">Realised to date</Table.Th>
                    <Table.Th scope="col">Variance to date</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {myBenefits.map((b) => (
                    <Table.Tr key={b.benefitId}>
                      <Table.Td>{b.description}</Table.Td>
                      <Table.Td className="money">{formatMeasure(b.realisedToDate, b.unit)}</Table.Td>
                      <Table.Td className="money">{formatMeasure(b.varianceToDate, b.unit)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              </ScrollTable>
            )}
          </Section>
          <Section title="Report a benefit for a period">
            {asAt ? (
              <Empty>Reports cannot be made while looking at the programme as at a past moment.</Empty>
            ) : !target ? (
              <Empty>Plan a benefit first.</Empty>
            ) : (
              <Stack>
                {reported && (
                  <Alert color="green" title="Reported" role="status">
                    {reported}
                  </Alert>
                )}
                {chosen && !hasOpenPeriod(chosen) ? (
                  <>
                    {benefitSelect}
                    <Alert color="blue" title="Every scheduled period is reported" data-testid="nothing-to-report">
                      To change a figure, correct it on{' '}
                      <Anchor component={Link} to={`/app/proposals/${chosen.proposalId}`}>
                        the proposal’s page
                      </Anchor>
                      ; to report a later period, re-forecast the benefit there first.
                    </Alert>
                  </>
                ) : (
                  <CommandForm
                    key={`${chosen?.benefitId}-${round}`}
                    command={realise}
                    target={target}
                    prefix={benefitSelect}
                    onDone={(result) => {
                      setReported(`Recorded at position ${result.position}: it is in the audit trail now.`);
                      setRound((r) => r + 1);
                    }}
                  />
                )}
              </Stack>
            )}
          </Section>
        </SimpleGrid>
      )}
    </Stack>
  );
}
