// The success message after a save: one polite live region in the layout (present before
// any message, so screen readers announce what is put in it), filled by notifySaved().
import { CloseButton, Group, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

type Listener = (message: string | null) => void;
const listeners = new Set<Listener>();

export function notifySaved(message: string): void {
  for (const listener of listeners) listener(message);
}

/** Long enough to read a sentence twice; it can be dismissed sooner. */
const SHOWN_FOR_MS = 10_000;

export function StatusMessageRegion() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    listeners.add(setMessage);
    return () => void listeners.delete(setMessage);
  }, []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div role="status" aria-live="polite" className="status-message">
      {message && (
        <Paper withBorder shadow="md" p="sm" radius="md" bg="green.0" style={{ borderColor: 'var(--mantine-color-green-8)' }}>
          <Group gap="sm" wrap="nowrap" justify="space-between">
            <Text size="sm" fw={600} c="green.9" data-testid="status-message">
              {message}
            </Text>
            <CloseButton size="sm" aria-label="Dismiss the message" onClick={() => setMessage(null)} />
          </Group>
        </Paper>
      )}
    </div>
  );
}
