// A button that opens a command's form in a dialog (focus is trapped in it and
// returns to the button when it closes).
import { useRef, useState } from 'react';
import { Button, Modal, type ButtonProps } from '@mantine/core';
import type { WriteResult } from '../api/client';
import { CommandForm } from './CommandForm';
import type { CommandDef, CommandTarget } from './commands';

interface Props extends ButtonProps {
  command: CommandDef;
  target: CommandTarget;
  label?: string;
  onDone?: (result: WriteResult) => void;
}

export function CommandButton({ command, target, label, onDone, ...buttonProps }: Props) {
  const [open, setOpen] = useState(false);
  const dirty = useRef(false);
  // Escape, Close and Cancel would otherwise throw away a half-filled form without a word.
  const requestClose = () => {
    if (dirty.current && !window.confirm('Close this form? What you typed will be lost.')) return;
    dirty.current = false;
    setOpen(false);
  };
  return (
    <>
      <Button variant="light" size="compact-sm" {...buttonProps} onClick={() => setOpen(true)}>
        {label ?? command.title}
      </Button>
      <Modal opened={open} onClose={requestClose} title={command.title} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
        {open && (
          <CommandForm
            command={command}
            target={target}
            onCancel={requestClose}
            onDirtyChange={(d) => (dirty.current = d)}
            onDone={(result) => {
              dirty.current = false;
              setOpen(false);
              onDone?.(result);
            }}
          />
        )}
      </Modal>
    </>
  );
}

/** The buttons for a list of commands on one target. */
export function CommandButtons({ commands, target, onDone }: { commands: CommandDef[]; target: CommandTarget; onDone?: (r: WriteResult) => void }) {
  if (!commands.length) return null;
  return (
    <>
      {commands.map((c) => (
        <CommandButton key={c.id} command={c} target={target} onDone={onDone} />
      ))}
    </>
  );
}
