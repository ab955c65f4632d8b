// Small shared pieces: loading and error states, rating chips, a chart's data table.
import { Alert, Badge, Center, Loader, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { RATING_COLOURS, RATING_LABELS, RATING_TEXT_COLOURS, STATUS_LABELS } from '../format';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text>{label}</Text>
    </Center>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  const message = error instanceof ApiError ? `${error.message} (${error.code})` : String(error);
  return (
    <Alert color="red" title="Could not load this page" role="alert">
      {message}
    </Alert>
  );
}

export function RatingChip({ rating }: { rating: string | null | undefined }) {
  const key = rating ?? 'unrated';
  return (
    <span className="rating-chip" style={{ background: RATING_COLOURS[key] ?? RATING_COLOURS.unrated, color: RATING_TEXT_COLOURS[key] ?? (RATING_COLOURS[key] ? '#fff' : RATING_TEXT_COLOURS.unrated) }}>
      {RATING_LABELS[key] ?? key}
    </span>
  );
}

const STATUS_COLOURS: Record<string, string> = {
  registered: 'gray',
  'in-consultation': 'cyan',
  agreed: 'blue',
  'in-delivery': 'green',
  closed: 'dark',
  'not-taken-forward': 'red',
  deferred: 'yellow',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    // Never cut to "IN …" in a narrow table cell: the status is the point of the badge.
    <Badge data-testid="status-badge" color={STATUS_COLOURS[status] ?? 'gray'} variant="light" styles={{ root: { overflow: 'visible', flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } }}>
      {STATUS_LABELS[status] ?? status}
    </Badge>
  );
}

export function Section({ title, children, id, actions }: { title: string; children: ReactNode; id?: string; actions?: ReactNode }) {
  const headingId = id ?? `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {actions && <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>{actions}</div>}
      </div>
      {children}
    </Paper>
  );
}

/** A chart's figures as a table, for screen readers and anyone who wants the numbers. */
export function ChartData({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <details>
      <summary>Show the figures as a table</summary>
      <ScrollTable label={caption} minWidth={360}>
        <Table striped withTableBorder>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((cell, j) => (j === 0 ? <Table.Th key={j} scope="row">{cell}</Table.Th> : <Table.Td key={j} className="money">{cell}</Table.Td>))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </details>
  );
}

/**
 * A wide table's scroll box. The box is a named, focusable region so keyboard users can
 * scroll it (WCAG 2.1.1); on a phone the first column stays pinned and a hint says it scrolls.
 */
export function ScrollTable({ label, minWidth, maxHeight, children }: { label: string; minWidth: number; maxHeight?: number; children: ReactNode }) {
  return (
    <>
      <Table.ScrollContainer type="native" minWidth={minWidth} mah={maxHeight} className="scroll-table" tabIndex={0} role="region" aria-label={label}>
        {children}
      </Table.ScrollContainer>
      <Text size="xs" className="scroll-hint" aria-hidden="true">
        Swipe the table sideways to see more columns.
      </Text>
    </>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" size="sm">
      {children}
    </Text>
  );
}
