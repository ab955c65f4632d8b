import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, dataOf } from '../api/client';
import { useProgrammeId, useSnapshot } from '../api/hooks';
import type { ProposalListItem, ProposalStatus } from '../api/types';
import { ErrorState, Loading, RatingChip, StatusBadge, ScrollTable } from '../components/ui';
import { STATUS_LABELS } from '../format';
import { useAppState } from '../state';
import { usePageTitle } from './usePageTitle';

/** What the list and a snapshot's proposals both give. */
type Row = Pick<ProposalListItem, 'proposalId' | 'programmeId' | 'title' | 'status' | 'lead' | 'outcomeIds' | 'deliveryConfidence'>;

export function ProposalsPage() {
  usePageTitle('Proposals');
  const programmeId = useProgrammeId();
  const { asAt } = useAppState();
  const snapshot = useSnapshot(programmeId);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const leadId = params.get('leadId') ?? '';
  const outcomeId = params.get('outcomeId') ?? '';
  const [text, setText] = useState('');
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // Now: the API's filtered, paged list. As at a moment: the proposals of that snapshot.
  const list = useInfiniteQuery({
    queryKey: ['proposals', programmeId, status, leadId],
    enabled: !!programmeId && !asAt,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => dataOf(api.GET('/proposals', { params: { query: { programmeId, status: (status || undefined) as ProposalStatus | undefined, leadId, cursor: pageParam, limit: 50 } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const snap = snapshot.data?.snapshot;
  const source: Row[] = asAt
    ? (snap?.proposals ?? []).filter((p) => (!status || p.status === status) && (!leadId || p.lead?.leadId === leadId))
    : (list.data?.pages.flatMap((p) => p.items) ?? []);
  const rows = source.filter(
    (p) =>
      (!outcomeId || (p.outcomeIds ?? snap?.proposals.find((x) => x.proposalId === p.proposalId)?.outcomeIds ?? []).includes(outcomeId)) &&
      (!text || p.title.toLowerCase().includes(text.toLowerCase())),
  );
  const leads = new Map<string, string>();
  for (const p of snap?.proposals ?? []) for (const l of p.leadHistory ?? []) leads.set(l.leadId, l.leadName);

  return (
    <Stack>
      <Title order={1} size="h2">
        Proposals
      </Title>
      <Group align="flex-end" wrap="wrap" role="search" aria-label="Filter proposals">
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => setFilter('status', e.currentTarget.value)}
          data={[{ value: '', label: 'Any status' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))]}
        />
        <NativeSelect
          label="Lead"
          value={leadId}
          onChange={(e) => setFilter('leadId', e.currentTarget.value)}
          data={[{ value: '', label: 'Any lead' }, ...[...leads].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))]}
        />
        <NativeSelect
          label="Strategic outcome"
          value={outcomeId}
          onChange={(e) => setFilter('outcomeId', e.currentTarget.value)}
          data={[{ value: '', label: 'Any outcome' }, ...(snap?.programme.outcomes ?? []).map((o) => ({ value: o.outcomeId, label: o.title }))]}
          maw={320}
        />
        <TextInput label="Title contains" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </Group>
      {(list.isLoading || snapshot.isLoading) && <Loading />}
      {list.error && <ErrorState error={list.error} />}
      <Text size="sm" aria-live="polite">
        {rows.length} proposal{rows.length === 1 ? '' : 's'}
      </Text>
      <ScrollTable label="Proposals" minWidth={720}>
        <Table striped highlightOnHover>
          <caption className="visually-hidden">Proposals matching the filters</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Proposal</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Lead</Table.Th>
              <Table.Th scope="col">Self rating</Table.Th>
              <Table.Th scope="col">Independent rating</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.proposalId}>
                <Table.Td>
                  <Anchor component={Link} to={`/app/proposals/${p.proposalId}`}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{p.lead ? p.lead.leadName : '—'}</Table.Td>
                <Table.Td>
                  <RatingChip rating={p.deliveryConfidence?.self?.rating} />
                </Table.Td>
                <Table.Td>
                  <RatingChip rating={p.deliveryConfidence?.independent?.rating} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {!asAt && list.hasNextPage && (
        <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
          Show more proposals
        </Button>
      )}
    </Stack>
  );
}
