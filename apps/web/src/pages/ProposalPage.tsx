import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useProgrammeId, useProposal, useSnapshot } from '../api/hooks';
import type { Benefit, ProgrammeSnapshot, ProposalDetail } from '../api/types';
import { BenefitChart } from '../components/lazy-charts';
import { Empty, ErrorState, Loading, RatingChip, Section, StatusBadge, ScrollTable } from '../components/ui';
import { CommandButton, CommandButtons } from '../forms/CommandButton';
import { command, commandsFor, leadsProposal, type CommandTarget } from '../forms/commands';
import { describeAsAt, formatDate, formatMeasure, formatPence, formatTimestamp, ROLE_LABELS } from '../format';
import { useAppState, useUser } from '../state';
import { usePageTitle } from './usePageTitle';

export function ProposalPage() {
  const { proposalId } = useParams();
  const fallbackProgramme = useProgrammeId();
  const query = useProposal(proposalId, fallbackProgramme);
  const programmeId = query.data?.programmeId ?? fallbackProgramme;
  const snapshot = useSnapshot(programmeId);
  const { asAt } = useAppState();
  usePageTitle(query.data?.title ?? 'Proposal');
  if (query.isLoading) return <Loading />;
  if (query.error) return <ErrorState error={query.error} />;
  if (!query.data)
    return (
      <Alert color="orange" title="Not registered yet">
        {asAt ? describeAsAt(asAt) : 'Then'}, this proposal had not been registered.
      </Alert>
    );
  return <Proposal proposal={query.data} snapshot={snapshot.data?.snapshot} />;
}

function Proposal({ proposal, snapshot }: { proposal: ProposalDetail; snapshot?: ProgrammeSnapshot }) {
  const user = useUser();
  const { asAt } = useAppState();
  const target: CommandTarget = { programmeId: proposal.programmeId, programme: snapshot, proposal, user };
  const readOnly = !!asAt;
  const proposalCommands = readOnly ? [] : commandsFor('proposal', target);
  const isLead = leadsProposal(user, proposal.lead?.leadId);
  const outcomes = snapshot?.programme.outcomes.filter((o) => proposal.outcomeIds.includes(o.outcomeId)) ?? [];
  const priorities = snapshot?.programme.priorities.filter((p) => proposal.priorityIds.includes(p.priorityId)) ?? [];
  const decisions = (snapshot?.decisions ?? []).filter((d) => d.proposalId === proposal.proposalId);
  const officeCanPlan = !readOnly && user.role === 'programme-office';

  return (
    <Stack gap="md">
      <div>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {proposal.title}
          </Title>
          <StatusBadge status={proposal.status} />
        </Group>
        <Text c="dimmed" size="sm">
          {proposal.lead ? `Lead: ${proposal.lead.leadName}, ${proposal.lead.leadRole} (since ${formatDate(proposal.lead.since)})` : 'No lead assigned'} · Source: {proposal.source.document}
          {proposal.source.paragraph ? `, paragraph ${proposal.source.paragraph}` : ''}
        </Text>
        <Text mt="xs">{proposal.aims}</Text>
      </div>

      {!readOnly && user.role === 'lead' && !isLead && (
        <Alert color="gray" title="Read only" data-testid="not-your-proposal">
          You do not lead this proposal, so you can read it but not change it.
        </Alert>
      )}
      {proposalCommands.length > 0 && (
        <Section title="Actions" id="actions">
          <Group gap="xs" role="group" aria-label="Actions on this proposal">
            <CommandButtons commands={proposalCommands} target={target} />
            {officeCanPlan && <CommandButton command={command('plan-milestone')} target={target} />}
            {officeCanPlan && <CommandButton command={command('raise-risk')} target={target} />}
            {officeCanPlan && <CommandButton command={command('record-decision')} target={target} />}
          </Group>
        </Section>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Strategic outcomes and priorities">
          <Text size="sm" fw={600}>
            Outcomes it supports
          </Text>
          <List size="sm" mb="xs">
            {outcomes.map((o) => (
              <List.Item key={o.outcomeId}>{o.title}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600}>
            Priorities
          </Text>
          <List size="sm">
            {priorities.map((p) => (
              <List.Item key={p.priorityId}>{p.title}</List.Item>
            ))}
          </List>
        </Section>
        <Section title="Lead history">
          {proposal.leadHistory.length === 0 ? (
            <Empty>No lead has been assigned.</Empty>
          ) : (
            <ScrollTable label="Lead history" minWidth={400}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Lead</Table.Th>
                    <Table.Th scope="col">From</Table.Th>
                    <Table.Th scope="col">To</Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody data-testid="lead-history">
                  {proposal.leadHistory.map((l, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        {l.leadName}
                        <Text size="xs" c="dimmed">
                          {l.leadRole}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDate(l.from)}</Table.Td>
                      <Table.Td>{l.to ? formatDate(l.to) : 'now'}</Table.Td>
                      <Table.Td>
                        <Text size="xs">{l.reason ?? '—'}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Consultation">
          {proposal.consultation ? (
            <Stack gap={4}>
              <Text size="sm">
                {formatDate(proposal.consultation.opensOn)} to {formatDate(proposal.consultation.closesOn)}
                {proposal.consultation.closedOn ? ` (closed ${formatDate(proposal.consultation.closedOn)})` : ' (open)'}
              </Text>
              <Text size="sm">{proposal.consultation.description}</Text>
              <Text size="sm">Consultees: {proposal.consultation.consultees.join('; ')}</Text>
              {proposal.consultation.summary && (
                <Text size="sm">
                  <strong>Summary:</strong> {proposal.consultation.summary}
                </Text>
              )}
            </Stack>
          ) : (
            <Empty>No consultation recorded.</Empty>
          )}
        </Section>
        <Section title="Decisions">
          <Stack gap={6}>
            {proposal.agreement && (
              <Text size="sm">
                <strong>Agreed</strong> by the {proposal.agreement.forum} on {formatDate(proposal.agreement.decisionDate)} ({proposal.agreement.meeting}; {proposal.agreement.minuteReference})
                {!!proposal.agreement.conditions?.length && `. Conditions: ${proposal.agreement.conditions.join('; ')}`}
              </Text>
            )}
            {proposal.notTakenForward && (
              <Text size="sm">
                <strong>Not taken forward</strong> on {formatDate(proposal.notTakenForward.decisionDate)} ({proposal.notTakenForward.reasonCode}): {proposal.notTakenForward.rationale}
              </Text>
            )}
            {proposal.deferral && (
              <Text size="sm">
                <strong>Deferred</strong> on {formatDate(proposal.deferral.decisionDate)}
                {proposal.deferral.until ? ` until ${formatDate(proposal.deferral.until)}` : ''}: {proposal.deferral.rationale}
              </Text>
            )}
            {(proposal.reopenings ?? []).map((r, i) => (
              <Text size="sm" key={i}>
                <strong>Reopened</strong> on {formatDate(r.reopenedOn)}: {r.reason}
              </Text>
            ))}
            {proposal.deliveryStartedOn && (
              <Text size="sm">
                <strong>Delivery started</strong> on {formatDate(proposal.deliveryStartedOn)}
              </Text>
            )}
            {proposal.closure && (
              <Text size="sm">
                <strong>Closed</strong> on {formatDate(proposal.closure.closedOn)}: {proposal.closure.reason}
              </Text>
            )}
            {(decisions.length ? decisions : (proposal.decisions ?? [])).map((d) => (
              <Text size="sm" key={d.decisionId}>
                <strong>{d.forum === 'ManagementBoard' ? 'Management Board' : d.forum}</strong>, {formatDate(d.decisionDate)}: {d.subject} — {d.outcome}
                {d.supersededBy && (
                  <Badge ml={4} size="xs" color="gray">
                    superseded
                  </Badge>
                )}
              </Text>
            ))}
          </Stack>
        </Section>
      </SimpleGrid>

      <Section title="Business cases and scrutiny">
        {proposal.businessCases.length === 0 ? (
          <Empty>No business case submitted yet.</Empty>
        ) : (
          <Stack gap="sm">
            {[...proposal.businessCases].reverse().map((bc) => {
              const bcTarget = { ...target, businessCase: bc };
              const scrutiny = readOnly ? [] : commandsFor('business-case', bcTarget);
              return (
                <div key={bc.version} style={{ borderLeft: '4px solid var(--mantine-color-blue-3)', paddingLeft: 12 }}>
                  <Group gap="xs">
                    <Text fw={600}>
                      {bc.stage} version {bc.version}
                    </Text>
                    <Badge color={bc.status === 'approved' ? 'green' : bc.status === 'returned' ? 'orange' : 'blue'} variant="light">
                      {bc.status === 'awaiting-scrutiny' ? 'awaiting scrutiny' : bc.status}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    Submitted by {bc.submittedBy} on {formatDate(bc.submittedOn)} · whole-life cost {formatPence(bc.wholeLifeCostPence)} · investment{' '}
                    {bc.investment.map((i) => `${i.financialYear} ${formatPence(i.amountPence)}`).join(', ')}
                  </Text>
                  {bc.scrutiny && (
                    <Text size="sm">
                      Scrutiny: <strong>{bc.scrutiny.outcome}</strong> at {bc.scrutiny.meeting} on {formatDate(bc.scrutiny.decisionDate)}
                      {bc.scrutiny.comments ? ` — “${bc.scrutiny.comments}”` : ''}
                      {bc.scrutiny.conditions?.length ? ` Conditions: ${bc.scrutiny.conditions.join('; ')}` : ''}
                    </Text>
                  )}
                  <details>
                    <summary>The five cases</summary>
                    {(['strategic', 'economic', 'commercial', 'financial', 'management'] as const).map((k) => (
                      <Text size="sm" key={k}>
                        <strong>{k[0].toUpperCase() + k.slice(1)}:</strong> {bc.sections[k]}
                      </Text>
                    ))}
                    {bc.anticipatedBenefits.length > 0 && (
                      <Text size="sm">
                        <strong>Anticipated benefits:</strong>{' '}
                        {bc.anticipatedBenefits.map((b) => `${b.description}${b.amountPence ? ` (${formatPence(b.amountPence)})` : ''}`).join('; ')}
                      </Text>
                    )}
                  </details>
                  {scrutiny.length > 0 && (
                    <Group gap={6} mt={4}>
                      <CommandButtons commands={scrutiny} target={bcTarget} />
                    </Group>
                  )}
                </div>
              );
            })}
          </Stack>
        )}
      </Section>

      <Section title="Delivery confidence">
        <Group gap="lg">
          <Text size="sm">
            Lead’s own: <RatingChip rating={proposal.deliveryConfidence.self?.rating} />
          </Text>
          <Text size="sm">
            Independent: <RatingChip rating={proposal.deliveryConfidence.independent?.rating} />
          </Text>
        </Group>
        {!!proposal.deliveryConfidenceHistory?.length && (
          <List size="sm" mt="xs">
            {proposal.deliveryConfidenceHistory.map((a, i) => (
              <List.Item key={i}>
                {formatDate(a.assessedOn)}, {a.assessment === 'independent' ? 'independent' : 'self'} ({a.assessorName}): <RatingChip rating={a.rating} /> {a.commentary}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title="Benefits">
        {proposal.benefits.length === 0 ? (
          <Empty>No benefit planned yet.</Empty>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {proposal.benefits.map((b) => (
              <BenefitCard key={b.benefitId} benefit={b} target={target} readOnly={readOnly} />
            ))}
          </SimpleGrid>
        )}
      </Section>

      <Section title="Risks">
        {proposal.risks.length === 0 ? (
          <Empty>No risk on the register for this proposal.</Empty>
        ) : (
          <ScrollTable label="Risks" minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Risk</Table.Th>
                  <Table.Th scope="col">Cause → event → effect</Table.Th>
                  <Table.Th scope="col">Score</Table.Th>
                  <Table.Th scope="col">Residual</Table.Th>
                  <Table.Th scope="col">Response</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.risks.map((r) => (
                  <Table.Tr key={r.riskId}>
                    <Table.Td>
                      {r.title}
                      <Text size="xs" c="dimmed">
                        {r.category}, {r.kind}; owner {r.ownerName}
                      </Text>
                      {!readOnly && (
                        <Group gap={4} mt={4}>
                          <CommandButtons commands={commandsFor('risk', { ...target, risk: r })} target={{ ...target, risk: r }} />
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {r.cause} → {r.event} → {r.effect}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.likelihood}×{r.impact} = <strong>{r.score}</strong>
                    </Table.Td>
                    <Table.Td>{r.residualScore}</Table.Td>
                    <Table.Td>{r.response}</Table.Td>
                    <Table.Td>{r.status}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Section title="Milestones">
        {proposal.milestones.length === 0 ? (
          <Empty>No milestone planned.</Empty>
        ) : (
          <ScrollTable label="Milestones" minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Milestone</Table.Th>
                  <Table.Th scope="col">Baseline</Table.Th>
                  <Table.Th scope="col">Forecast</Table.Th>
                  <Table.Th scope="col">Actual</Table.Th>
                  <Table.Th scope="col">After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.milestones.map((m) => (
                  <Table.Tr key={m.milestoneId}>
                    <Table.Td>
                      {m.title}
                      {m.reschedules.length > 0 && (
                        <Text size="xs" c="dimmed">
                          Moved: {m.reschedules.map((r) => `${formatDate(r.to)} (${r.reason})`).join('; ')}
                        </Text>
                      )}
                      {!readOnly && (
                        <Group gap={4} mt={4}>
                          <CommandButtons commands={commandsFor('milestone', { ...target, milestone: m })} target={{ ...target, milestone: m }} />
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(m.baselineDate)}</Table.Td>
                    <Table.Td>{formatDate(m.forecastDate)}</Table.Td>
                    <Table.Td>{formatDate(m.actualDate)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{m.predecessorIds.map((id) => snapshot?.milestones.find((x) => x.milestoneId === id)?.title ?? id).join('; ') || '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Section title="Equality impact assessments">
        {!proposal.equalityImpactAssessments?.length ? (
          <Empty>No equality impact assessment recorded.</Empty>
        ) : (
          proposal.equalityImpactAssessments.map((e) => (
            <div key={e.assessmentId}>
              <Text size="sm">
                <strong>{formatDate(e.assessedOn)}</strong> — {e.screeningOutcome.replace(/-/g, ' ')}; review by {formatDate(e.reviewDate)}
              </Text>
              <Text size="sm">
                {Object.entries(e.impacts)
                  .map(([k, v]) => `${k.replace(/-/g, ' ')}: ${v}`)
                  .join(' · ')}
              </Text>
              <Text size="sm">Evidence: {e.evidence}</Text>
              {e.mitigation && <Text size="sm">Mitigation: {e.mitigation}</Text>}
            </div>
          ))
        )}
      </Section>

      <Section title="Audit timeline">
        {proposal.timeline.length === 0 ? (
          <Empty>Nothing recorded.</Empty>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} data-testid="timeline">
            {proposal.timeline.map((t) => (
              <Timeline.Item key={t.position} title={<Text size="sm">{t.sentence}</Text>}>
                <Text size="xs" c="dimmed">
                  {t.eventType} · recorded {formatTimestamp(t.recordedAt)} by {t.actorName ?? t.actorId} ({ROLE_LABELS[t.actorRole] ?? t.actorRole}) · position {t.position}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <Anchor component={Link} to={`/app/audit?proposalId=${proposal.proposalId}`} size="sm">
          Open in the audit trail
        </Anchor>
      </Section>
    </Stack>
  );
}

function BenefitCard({ benefit, target, readOnly }: { benefit: Benefit; target: CommandTarget; readOnly: boolean }) {
  const benefitTarget = { ...target, benefit };
  const actions = readOnly ? [] : commandsFor('benefit', benefitTarget);
  const canCorrect = !readOnly && commandsFor('realisation', benefitTarget).length > 0;
  return (
    <div data-testid={`benefit-${benefit.benefitId}`}>
      <Text fw={600}>{benefit.description}</Text>
      <Text size="sm" c="dimmed">
        {benefit.cashReleasing ? 'Cash-releasing' : 'Non-cash-releasing'}
        {benefit.isDisbenefit ? ', dis-benefit' : ''} · {benefit.measure} · owner {benefit.ownerName}
      </Text>
      <Text size="sm">
        Baseline {formatMeasure(benefit.baseline, benefit.unit)} · target {formatMeasure(benefit.target, benefit.unit)} · realised to date {formatMeasure(benefit.realisedToDate, benefit.unit)} · variance to date{' '}
        {formatMeasure(benefit.varianceToDate, benefit.unit)}
      </Text>
      <BenefitChart benefit={benefit} />
      {benefit.realisations.length > 0 && (
        <List size="xs" mt={4}>
          {benefit.realisations.map((r) => (
            <List.Item key={r.period}>
              {r.period}: {formatMeasure(r.actual, benefit.unit)} — {r.evidence}
              {r.commentary ? ` (${r.commentary})` : ''}
              {r.corrections.length > 0 && ` · corrected ${r.corrections.length}×`}
              {canCorrect && (
                <CommandButton ml={6} size="compact-xs" variant="subtle" command={command('correct-realisation')} target={{ ...benefitTarget, period: r.period }} label={`Correct ${r.period}`} />
              )}
            </List.Item>
          ))}
        </List>
      )}
      {actions.length > 0 && (
        <Group gap={6} mt={6}>
          <CommandButtons commands={actions} target={benefitTarget} />
        </Group>
      )}
    </div>
  );
}
