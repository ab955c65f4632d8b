// The committee pack for a meeting (PDF, CSV, Excel, JSON) and the audit chain it names:
// download a pack, see the chain head, and check the history against a head printed earlier.
import { Alert, Button, Code, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, api, dataOf, download } from '../api/client';
import { isBusinessDay, today } from '../format';
import type { ChainVerification } from '../api/types';
import { useAppState } from '../state';
import { Section } from './ui';


const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
] as const;

const errorText = (error: unknown) => (error instanceof ApiError ? `${error.message} (${error.code})` : String(error));

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CommitteePackPanel({ programmeId }: { programmeId: string | undefined }) {
  // Looking at a day in business time: the pack for that day, on the same basis, is the likely one.
  const { asAt } = useAppState();
  const [meeting, setMeeting] = useState(isBusinessDay(asAt) ? asAt : today());
  const [previous, setPrevious] = useState('');
  const [threshold, setThreshold] = useState<number | string>(15);
  const [head, setHead] = useState('');
  const [basis, setBasis] = useState<'recorded' | 'business'>(isBusinessDay(asAt) ? 'business' : 'recorded');
  useEffect(() => {
    if (!isBusinessDay(asAt)) return;
    setMeeting(asAt);
    setBasis('business');
  }, [asAt]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previousError, setPreviousError] = useState<string | null>(null);
  const [built, setBuilt] = useState<{ filename: string; position: string; hash: string; digest: string } | null>(null);

  const build = async (format: (typeof FORMATS)[number]['format']) => {
    if (!programmeId) return;
    setError(null);
    setPreviousError(null);
    // ISO dates compare as text; said under the field rather than after a round trip.
    if (previous && previous >= meeting) {
      setPreviousError('The previous meeting must come before this one.');
      return;
    }
    setBusy(format);
    try {
      const query = {
        meeting,
        previous: previous || undefined,
        riskThreshold: threshold === '' ? undefined : Number(threshold),
        head: head ? Number(head) : undefined,
        basis: basis === 'business' ? basis : undefined,
        format,
      };
      const { blob, filename, headers } = await download(
        api.GET('/programmes/{programmeId}/committee-pack', { params: { path: { programmeId }, query }, parseAs: 'blob' }),
      );
      save(blob, filename);
      setBuilt({
        filename,
        position: headers.get('X-Chain-Head-Position') ?? '',
        hash: headers.get('X-Chain-Head-Hash') ?? '',
        digest: headers.get('X-Pack-Digest') ?? '',
      });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'MEETING_BEFORE_PREVIOUS') setPreviousError(e.message);
      else setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title="Committee pack">
      <Stack gap="xs">
        <Text size="sm">
          The programme as at the meeting, what changed since the previous one (who and why), business cases awaiting scrutiny, benefits variance, risks above the
          threshold, milestones slipped and decisions taken. Built again for the same meeting and chain head, the pack is identical.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Meeting" value={meeting} onChange={(e) => setMeeting(e.currentTarget.value)} required />
          <TextInput type="date" label="Previous meeting" value={previous} onChange={(e) => setPrevious(e.currentTarget.value)} error={previousError} />
          <NumberInput label="Risks scoring at least" min={1} max={25} value={threshold} onChange={setThreshold} />
          <TextInput
            label="Chain head (optional)"
            description="Rebuild an earlier pack: the position it names"
            inputMode="numeric"
            value={head}
            onChange={(e) => setHead(e.currentTarget.value.replace(/\D/g, ''))}
          />
          <NativeSelect
            label="The programme as"
            description="Business time suits history recorded later, such as the demo of 2005–2006"
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value as 'recorded' | 'business')}
            data={[
              { value: 'recorded', label: 'recorded by the meeting' },
              { value: 'business', label: 'in effect on the meeting day (business time)' },
            ]}
          />
        </SimpleGrid>
        <Group gap="xs">
          {FORMATS.map(({ format, label }) => (
            <Button key={format} variant={format === 'pdf' ? 'filled' : 'default'} loading={busy === format} disabled={!meeting || !programmeId} onClick={() => build(format)}>
              {label}
            </Button>
          ))}
        </Group>
        {error && (
          <Alert color="red" role="alert" title="The pack could not be built">
            {error}
          </Alert>
        )}
        {built && (
          <Text size="sm" data-testid="pack-built">
            {built.filename}: built from chain head {built.position} <Code className="break-anywhere">{built.hash}</Code>, digest <Code className="break-anywhere">{built.digest}</Code>
          </Text>
        )}
      </Stack>
    </Section>
  );
}

/** The chain head now, and verification of the history (against a head printed earlier, if given). */
export function AuditChainPanel() {
  const headQuery = useQuery({ queryKey: ['chain-head'], queryFn: () => dataOf(api.GET('/audit/chain-head')) });
  const [position, setPosition] = useState('');
  const [hash, setHash] = useState('');
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [missing, setMissing] = useState<'position' | 'hash' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    setError(null);
    setResult(null);
    // The API checks a head only given both; with one alone it would quietly check the whole chain.
    if (!!position !== !!hash.trim()) {
      setMissing(position ? 'hash' : 'position');
      return;
    }
    setMissing(null);
    setBusy(true);
    try {
      const query = position && hash ? { upTo: Number(position), expectedHash: hash.trim() } : {};
      setResult(await dataOf(api.GET('/audit/verify', { params: { query } })));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Audit chain">
      <Stack gap="xs">
        <Text size="sm">Every event is linked into a SHA-256 hash chain. A pack prints the head it was built from; check later that nothing up to it was altered, removed or inserted.</Text>
        {headQuery.data && (
          <Text size="sm" data-testid="chain-head">
            Head: position {headQuery.data.position}, {headQuery.data.events} events, <Code className="break-anywhere">{headQuery.data.hash}</Code>
          </Text>
        )}
        {headQuery.error && <Alert color="red">{errorText(headQuery.error)}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Head position (optional)"
            inputMode="numeric"
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value.replace(/\D/g, ''))}
            error={missing === 'position' ? 'Give the position printed with the hash, or leave both empty to check the whole history.' : null}
          />
          <TextInput
            label="Head hash (optional)"
            value={hash}
            onChange={(e) => setHash(e.currentTarget.value)}
            error={missing === 'hash' ? 'Give the hash printed with the position, or leave both empty to check the whole history.' : null}
          />
        </SimpleGrid>
        <Button style={{ alignSelf: 'flex-start' }} loading={busy} onClick={verify}>
          Verify the history
        </Button>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {result && (
          <Alert color={result.ok ? 'green' : 'red'} title={result.ok ? 'The history verifies' : 'The history does not verify'} data-testid="verification">
            {result.firstBreak
              ? `First break at position ${result.firstBreak.position} (${result.firstBreak.kind}): ${result.firstBreak.message}.`
              : `${result.checkedEvents} events recomputed; they match the chain up to position ${result.chainHead?.position}.`}
            {result.expectedHead && ` ${result.expectedHead.message}.`}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
