import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useAudit, useProgrammeId, useSnapshot } from '../api/hooks';
import { ErrorState, Loading, ScrollTable } from '../components/ui';
import { formatDate, formatTimestamp, isBusinessDay, isoToLocalInput, localInputToIso, recordedUpTo, ROLE_LABELS } from '../format';
import { useAppState } from '../state';
import { usePageTitle } from './usePageTitle';

const EVENT_TYPES = [
  'ProgrammeEstablished',
  'StrategicPriorityDefined',
  'StrategicOutcomeDefined',
  'ProgrammeDirectorAppointed',
  'ProposalRegistered',
  'ConsultationOpened',
  'ConsultationClosed',
  'ProposalAgreed',
  'ProposalNotTakenForward',
  'ProposalDeferred',
  'ProposalReopened',
  'LeadAssigned',
  'EqualityImpactAssessed',
  'DeliveryConfidenceAssessed',
  'ProposalDeliveryStarted',
  'ProposalClosed',
  'BusinessCaseSubmitted',
  'BusinessCaseApproved',
  'BusinessCaseReturned',
  'BenefitPlanned',
  'BenefitReforecast',
  'BenefitRealised',
  'BenefitRealisationCorrected',
  'MilestonePlanned',
  'MilestoneRescheduled',
  'MilestoneAchieved',
  'MilestoneDependenciesChanged',
  'RiskRaised',
  'RiskReassessed',
  'RiskClosed',
  'DecisionRecorded',
];

export function AuditPage() {
  usePageTitle('Audit trail');
  const programmeId = useProgrammeId();
  const snapshot = useSnapshot(programmeId);
  const { asAt } = useAppState();
  const [params, setParams] = useSearchParams();
  const filters = {
    proposalId: params.get('proposalId') ?? '',
    actorId: params.get('actorId') ?? '',
    eventType: params.get('eventType') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // "As at" caps the trail: nothing recorded after that moment is shown.
  const bound = recordedUpTo(asAt);
  const to = bound && (!filters.to || filters.to > bound) ? bound : filters.to || undefined;
  const audit = useAudit({
    programmeId,
    proposalId: filters.proposalId || undefined,
    actorId: filters.actorId || undefined,
    eventType: filters.eventType || undefined,
    from: filters.from || undefined,
    to,
  });
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        Audit trail
      </Title>
      <Text c="dimmed" size="sm">
        Who did what, when and why — newest first. Every entry is an event that can never be changed.
      </Text>
      <Group align="flex-end" wrap="wrap" role="search" aria-label="Filter the audit trail">
        <NativeSelect
          label="Proposal"
          value={filters.proposalId}
          onChange={(e) => set('proposalId', e.currentTarget.value)}
          data={[{ value: '', label: 'Any proposal' }, ...(snapshot.data?.snapshot.proposals ?? []).map((p) => ({ value: p.proposalId, label: p.title }))]}
          maw={300}
        />
        {/* Ids are not what people remember: suggest the actors already seen, by name. */}
        <TextInput label="Actor (user or person id)" list="audit-actors" value={filters.actorId} onChange={(e) => set('actorId', e.currentTarget.value.trim())} />
        <datalist id="audit-actors">
          {[...new Map(entries.map((e) => [e.actorId, e.actorName ?? e.actorId])).entries()].map(([id, name]) => (
            <option key={id} value={id} label={name} />
          ))}
        </datalist>
        <NativeSelect
          label="Event type"
          value={filters.eventType}
          onChange={(e) => set('eventType', e.currentTarget.value)}
          data={[{ value: '', label: 'Any event' }, ...EVENT_TYPES.map((t) => ({ value: t, label: t }))]}
        />
        <MomentInput label="Recorded from" value={filters.from} onChange={(iso) => set('from', iso)} />
        <MomentInput label="Recorded to" value={filters.to} onChange={(iso) => set('to', iso)} />
        <Button variant="default" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          Clear filters
        </Button>
      </Group>
      {asAt && (
        <Alert color="orange" variant="light">
          {isBusinessDay(asAt)
            ? `The trail lists events by when they were recorded, so every one is shown; their effective dates say which were in effect on ${formatDate(asAt)}.`
            : `Only events recorded up to ${formatTimestamp(asAt)} are shown.`}
        </Alert>
      )}
      {audit.isLoading && <Loading />}
      {audit.error && <ErrorState error={audit.error} />}
      <ScrollTable label="Audit trail" minWidth={760}>
        <Table striped data-testid="audit-table">
          <caption className="visually-hidden">Audit trail entries</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Recorded</Table.Th>
              <Table.Th scope="col">Effective</Table.Th>
              <Table.Th scope="col">What happened</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.position}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs">{formatTimestamp(e.recordedAt)}</Text>
                  <Text size="xs" c="dimmed">
                    #{e.position}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs">{formatDate(e.effectiveDate?.slice(0, 10))}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.sentence}</Text>
                  <Text size="xs" c="dimmed">
                    {e.eventType}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.actorName ?? e.actorId}</Text>
                  <Text size="xs" c="dimmed">
                    {ROLE_LABELS[e.actorRole] ?? e.actorRole} · {e.actorId}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {!audit.isLoading && entries.length === 0 && <Text c="dimmed">Nothing matches these filters.</Text>}
      {audit.hasNextPage && (
        <Button variant="default" onClick={() => audit.fetchNextPage()} loading={audit.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
          Show older entries
        </Button>
      )}
    </Stack>
  );
}

/** A moment to the second, shown in local time and kept as an ISO timestamp ('' when empty). */
function MomentInput({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  return (
    <TextInput
      type="datetime-local"
      step={1}
      label={label}
      value={value ? isoToLocalInput(value) : ''}
      onChange={(e) => onChange(localInputToIso(e.currentTarget.value) ?? '')}
    />
  );
}
