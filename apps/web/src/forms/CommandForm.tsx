// Renders a command's form from its definition, posts it, and puts the API's answer
// where it belongs: 400 field errors and 409 rule errors next to the field the answer names, a 412
// (someone else changed the record first) explained with a way to reload.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, sendCommand, type WriteResult } from '../api/client';
import { notifySaved } from '../components/StatusMessage';
import { isMoneyUnit, parsePounds, penceToInput } from '../format';
import { type CommandDef, type CommandTarget, type FieldShape, type Option } from './commands';

type Values = Record<string, unknown>;

interface Props {
  command: CommandDef;
  target: CommandTarget;
  onDone?: (result: WriteResult) => void;
  onCancel?: () => void;
  /** told when the form first differs from what it opened with, and when it no longer does */
  onDirtyChange?: (dirty: boolean) => void;
  /** extra fields shown before the command's own (e.g. "which benefit" on the quick report form) */
  prefix?: React.ReactNode;
}

function effectiveType(field: FieldShape, unit: string | undefined): FieldShape['type'] {
  if (field.measure) return unit && isMoneyUnit(unit) ? 'money' : 'number';
  return field.type;
}

function unitOf(values: Values, target: CommandTarget): string | undefined {
  return typeof values.unit === 'string' ? values.unit : target.benefit?.unit;
}

function initialValue(field: FieldShape, given: unknown, unit: string | undefined): unknown {
  const type = effectiveType(field, unit);
  switch (type) {
    case 'checkbox':
      return given === true;
    case 'multiselect':
      return Array.isArray(given) ? given : [];
    case 'lines':
      return Array.isArray(given) ? given.join('\n') : typeof given === 'string' ? given : '';
    case 'rows':
      return Array.isArray(given)
        ? given.map((row: Values) => Object.fromEntries((field.fields ?? []).map((f) => [f.name, initialValue(f, row?.[f.name], unit)])))
        : [];
    case 'group':
      return Object.fromEntries((field.fields ?? []).map((f) => [f.name, initialValue(f, (given as Values | undefined)?.[f.name], unit)]));
    case 'money':
      return typeof given === 'number' ? penceToInput(given) : typeof given === 'string' ? given : '';
    default:
      return given === undefined || given === null ? '' : String(given);
  }
}

class ClientFieldError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/** Form values → the request body (pounds to pence, lines to lists, empty optionals left out). */
function toBody(fields: FieldShape[], values: Values, unit: string | undefined, prefix = ''): Values {
  const body: Values = {};
  for (const field of fields) {
    const value = values[field.name];
    const path = `${prefix}${field.name}`;
    const type = effectiveType(field, unit);
    switch (type) {
      case 'checkbox':
        body[field.name] = value === true;
        break;
      case 'multiselect':
        body[field.name] = value;
        break;
      case 'lines': {
        const lines = String(value ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        if (lines.length || field.required) body[field.name] = lines;
        break;
      }
      case 'rows': {
        const rows = (value as Values[]).filter((row) => Object.values(row).some((v) => v !== '' && v !== false));
        body[field.name] = rows.map((row, i) => toBody(field.fields ?? [], row, unit, `${path}.${i}.`));
        break;
      }
      case 'group': {
        const part = toBody(field.fields ?? [], value as Values, unit, `${path}.`);
        // An optional group left empty (an indicator's baseline) is left out, not sent half-made.
        if (!field.optional || Object.keys(part).length) body[field.name] = part;
        break;
      }
      case 'money': {
        const text = String(value ?? '').trim();
        if (!text) {
          if (!field.optional) body[field.name] = undefined;
          break;
        }
        const pence = parsePounds(text);
        if (pence === null) throw new ClientFieldError(path, 'Enter an amount in pounds, such as 1,250.00 or 3.5m');
        body[field.name] = pence;
        break;
      }
      case 'number': {
        const text = String(value ?? '').trim().replace(/,/g, '');
        if (!text) break;
        // Said here in words: the API's answer to "abc" talks about pence.
        if (!/^-?\d+(\.\d+)?$/.test(text)) throw new ClientFieldError(path, 'Enter a number, such as 12,000');
        body[field.name] = Number(text);
        break;
      }
      default: {
        const text = String(value ?? '').trim();
        if (text || (field.required && !field.optional)) body[field.name] = text;
      }
    }
  }
  return body;
}

/** "investment[0].amountPence" → "investment.0.amountPence" */
function formPath(apiField: string): string {
  return apiField.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The form field an answer's `field` names (every error names one where it can, a 409's rule
 * included): the exact path, else the list it is an item of (predecessorIds[1] → predecessorIds).
 */
function fieldOnForm(apiField: unknown, paths: Set<string>): string | undefined {
  if (typeof apiField !== 'string') return undefined;
  const path = formPath(apiField);
  if (paths.has(path)) return path;
  const list = path.replace(/\.\d+$/, '');
  return paths.has(list) ? list : undefined;
}

function options(field: FieldShape, target: CommandTarget): Option[] {
  return typeof field.options === 'function' ? field.options(target) : (field.options ?? []);
}

export function CommandForm({ command, target, onDone, onCancel, onDirtyChange, prefix }: Props) {
  const queryClient = useQueryClient();
  const fixed = command.fixed?.(target) ?? {};
  const initialValues = useMemo(() => {
    const defaults = { ...(command.defaults?.(target) ?? {}), ...fixed };
    const unit = typeof defaults.unit === 'string' ? defaults.unit : target.benefit?.unit;
    return Object.fromEntries(command.fields.map((f) => [f.name, initialValue(f, defaults[f.name], unit)]));
    // the form starts from the target as it was when opened
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command.id]);
  const form = useForm<Values>({ mode: 'controlled', initialValues, onValuesChange: (values) => onDirtyChange?.(JSON.stringify(values) !== JSON.stringify(initialValues)) });
  const [general, setGeneral] = useState<{ title: string; message: string; stale?: boolean; details?: string[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // In a dialog the focus trap moves focus to [data-autofocus]: the first field, not Close.
  useLayoutEffect(() => {
    formRef.current?.querySelector('input:not([disabled]):not([type=hidden]), textarea, select:not([disabled])')?.setAttribute('data-autofocus', '');
  }, []);
  const [focusRequest, setFocusRequest] = useState(0);
  const unit = unitOf(form.getValues(), target);

  // After the errors have rendered (a timeout could run before React commits them): focus
  // the first field with an error, or the summary above the form.
  useEffect(() => {
    if (!focusRequest) return;
    const invalid = summaryRef.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  const knownPaths = (): Set<string> => {
    const paths = new Set<string>();
    const walk = (fields: FieldShape[], values: Values, prefix: string) => {
      for (const f of fields) {
        const path = `${prefix}${f.name}`;
        paths.add(path);
        if (f.type === 'group') walk(f.fields ?? [], (values[f.name] as Values) ?? {}, `${path}.`);
        if (f.type === 'rows') ((values[f.name] as Values[]) ?? []).forEach((row, i) => walk(f.fields ?? [], row, `${path}.${i}.`));
      }
    };
    walk(command.fields, form.getValues(), '');
    return paths;
  };

  const submit = async (values: Values) => {
    setGeneral(null);
    form.clearErrors();
    let body: Values;
    try {
      body = { ...toBody(command.fields, values, unitOf(values, target)), ...fixed };
    } catch (error) {
      if (error instanceof ClientFieldError) {
        form.setFieldError(error.path, error.message);
        setFocusRequest((n) => n + 1);
        return;
      }
      throw error;
    }
    setSubmitting(true);
    try {
      const result = await sendCommand(command.method ?? 'POST', command.route(target), body, command.ifMatch?.(target));
      await queryClient.invalidateQueries();
      onDirtyChange?.(false);
      notifySaved(`Saved: ${command.title}.`);
      onDone?.(result);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setGeneral({ title: 'The request did not reach the server', message: String(error) });
        return;
      }
      if (error.isStale) {
        setGeneral({
          stale: true,
          title: 'Someone else changed this record first',
          message:
            'Another change was recorded after this page loaded, so yours was not saved (nothing was recorded). ' +
            'Reload the latest version, check what changed, and submit again: what you typed is kept.',
        });
        return;
      }
      const paths = knownPaths();
      const unplaced: string[] = [];
      for (const e of error.errors) {
        const path = formPath(e.field);
        // The API lists every failed constraint, some repeated: an empty field needs only "should not be empty".
        const empty = e.messages.find((m) => /should not be empty/.test(m));
        const message = empty ?? [...new Set(e.messages)].join('; ');
        if (paths.has(path)) form.setFieldError(path, message);
        else unplaced.push(`${e.field}: ${message}`);
      }
      const ruleField = fieldOnForm(error.body.field, paths);
      if (!error.errors.length && ruleField) {
        form.setFieldError(ruleField, error.message);
      } else if (!error.errors.length || unplaced.length) {
        setGeneral({
          title: error.status === 403 ? 'You may not do this' : error.status === 409 ? 'The programme’s rules refuse this' : 'The request was refused',
          message: `${error.message} (${error.code})`,
          details: unplaced,
        });
      }
      setFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const reload = async () => {
    await queryClient.invalidateQueries();
    setGeneral({
      title: 'Reloaded',
      message: 'The page now shows the latest version. Check the record, then submit your change again.',
    });
  };

  const renderField = (field: FieldShape, path: string): React.ReactNode => {
    const type = effectiveType(field, unit);
    const readOnly = !!field.readOnlyFor?.includes(target.user.role);
    const common = {
      label: type === 'money' ? `${field.label.replace(/ \(£\)$/, '')} (£)` : field.label,
      description: field.description,
      withAsterisk: !!field.required,
      placeholder: field.placeholder,
      ...form.getInputProps(path, { type: type === 'checkbox' ? 'checkbox' : 'input' }),
    };
    switch (type) {
      case 'textarea':
        return <Textarea {...common} autosize minRows={2} maxRows={8} />;
      case 'date':
        return <TextInput {...common} type="date" />;
      case 'password':
        return <PasswordInput {...common} autoComplete="new-password" />;
      case 'number':
        return <TextInput {...common} inputMode="decimal" />;
      case 'money':
        return <TextInput {...common} inputMode="decimal" leftSection="£" description={field.description ?? 'Pounds, e.g. 1,250.00 or 3.5m'} />;
      case 'select': {
        const opts = options(field, target);
        return (
          <NativeSelect
            {...common}
            disabled={readOnly}
            data={[...(field.required ? [] : [{ value: '', label: '—' }]), ...(field.required && !common.value ? [{ value: '', label: 'Choose…' }] : []), ...opts]}
          />
        );
      }
      case 'checkbox':
        return <Checkbox {...common} />;
      case 'multiselect': {
        const opts = options(field, target);
        return (
          <Checkbox.Group {...common}>
            <Stack gap={4} mt={4}>
              {opts.length === 0 && <Text size="sm" c="dimmed">None to choose from</Text>}
              {opts.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      }
      case 'lines':
        return <Textarea {...common} autosize minRows={2} maxRows={8} />;
      case 'group':
        return (
          <Fieldset key={path} legend={field.label}>
            <Stack gap="xs">{(field.fields ?? []).map((f) => <div key={f.name}>{renderField(f, `${path}.${f.name}`)}</div>)}</Stack>
          </Fieldset>
        );
      case 'rows': {
        const rows = (form.getValues()[field.name] as Values[] | undefined) ?? [];
        const rowError = form.errors[path];
        return (
          <Fieldset key={path} legend={field.label}>
            {field.description && <Text size="sm" c="dimmed" mb="xs">{field.description}</Text>}
            <Stack gap="xs">
              {rows.map((_, i) => (
                <Group key={i} align="flex-end" wrap="wrap" gap="xs" role="group" aria-label={`${field.label}, row ${i + 1}`}>
                  {(field.fields ?? []).map((f) => (
                    <div key={f.name} style={{ flex: '1 1 140px' }}>
                      {renderField(f, `${path}.${i}.${f.name}`)}
                    </div>
                  ))}
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeListItem(path, i)} aria-label={`Remove row ${i + 1} of ${field.label}`}>
                    Remove
                  </Button>
                </Group>
              ))}
              {typeof rowError === 'string' && <Text c="red" size="sm" role="alert">{rowError}</Text>}
              <Button
                variant="light"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.insertListItem(path, Object.fromEntries((field.fields ?? []).map((f) => [f.name, initialValue(f, undefined, unit)])))}
              >
                Add a row
              </Button>
            </Stack>
          </Fieldset>
        );
      }
      default:
        return <TextInput {...common} />;
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(submit)} noValidate aria-label={command.title}>
      <Stack gap="sm">
        <div ref={summaryRef} tabIndex={-1}>
          {general && (
            <Alert color={general.stale ? 'orange' : general.title === 'Reloaded' ? 'blue' : 'red'} title={general.title} role="alert">
              <Text size="sm">{general.message}</Text>
              {general.details?.map((d) => <Text size="sm" key={d}>{d}</Text>)}
              {general.stale && (
                <Button mt="xs" size="compact-sm" variant="outline" color="orange" onClick={reload}>
                  Reload the latest version
                </Button>
              )}
            </Alert>
          )}
        </div>
        {prefix}
        {command.fields.map((f) => <div key={f.name}>{renderField(f, f.name)}</div>)}
        <Group justify="flex-end" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting}>
            {command.submitLabel ?? command.title}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
