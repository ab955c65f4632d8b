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
import { useNavigate } from 'react-router';
import { ApiError, sendCommand, type CommandResult } from '../api/client';
import { PersonPicker, postOf } from '../components/PersonPicker';
import { notifySaved } from '../components/StatusMessage';
import { formatMeasure, formatPence, isMoneyUnit, penceToInput } from '../format';
import { parseMoney } from '../money';
import { type CommandDef, type CommandTarget, type FieldShape, type Option } from './commands';
import { plainMessage } from './plain-messages';
import { checkAgainstTarget, recordPage } from './target-check';

type Values = Record<string, unknown>;

interface Props {
  command: CommandDef;
  target: CommandTarget;
  onDone?: (result: CommandResult) => void;
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

/** A field the form refuses before sending: its path on the form and what to do. */
interface ClientFieldError {
  path: string;
  message: string;
}

/**
 * Form values → the request body (pounds to pence, lines to lists, empty optionals left out);
 * what cannot be sent is added to `errors` (every field at once) and left out of the body.
 */
function toBody(fields: FieldShape[], values: Values, unit: string | undefined, errors: ClientFieldError[], prefix = ''): Values {
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
        // An empty required list is sent: the API's refusal says what to choose, beside the field, with the other fields' messages.
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
        body[field.name] = rows.map((row, i) => toBody(field.fields ?? [], row, unit, errors, `${path}.${i}.`));
        break;
      }
      case 'group': {
        const part = toBody(field.fields ?? [], value as Values, unit, errors, `${path}.`);
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
        const reading = parseMoney(text, { allowNegative: field.allowNegative });
        if (reading.ok) body[field.name] = reading.pence;
        else errors.push({ path, message: reading.message });
        break;
      }
      case 'number': {
        const text = String(value ?? '').trim().replace(/,/g, '');
        if (!text) break;
        // Said here in words: the API's answer to "abc" talks about pence.
        if (!/^-?\d+(\.\d+)?$/.test(text)) errors.push({ path, message: 'Enter a number, such as 12,000' });
        else body[field.name] = Number(text);
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

/** The field a form path names ("investment.0.amountPence" → the rows' amount field). */
function shapeAt(fields: FieldShape[], path: string): FieldShape | undefined {
  const [name, ...rest] = path.split('.').filter((part) => !/^\d+$/.test(part));
  const field = fields.find((f) => f.name === name);
  return rest.length ? shapeAt(field?.fields ?? [], rest.join('.')) : field;
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
  /** the over-target warning shown before saving, and the body it was given for (confirming saves exactly that) */
  const [warning, setWarning] = useState<{ message: string; body: Values } | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    onValuesChange: (values) => {
      onDirtyChange?.(JSON.stringify(values) !== JSON.stringify(initialValues));
      // A changed amount is checked again when it is submitted.
      setWarning(null);
    },
  });
  const [general, setGeneral] = useState<{ title: string; message: string; stale?: boolean; details?: string[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const navigate = useNavigate();
  const warningRef = useRef<HTMLDivElement>(null);
  useEffect(() => warningRef.current?.focus(), [warning]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // In a dialog the focus trap moves focus to [data-autofocus]: the first field, not Close.
  useLayoutEffect(() => {
    formRef.current?.querySelector('input:not([disabled]):not([type=hidden]), textarea, select:not([disabled])')?.setAttribute('data-autofocus', '');
  }, []);
  const [focusRequest, setFocusRequest] = useState(0);
  const unit = unitOf(form.getValues(), target);
  const check = command.againstTarget;
  /** A value in the check's terms: pounds where its values are money, else the benefit's unit. */
  const formatValue = (n: number): string => {
    const valueField = command.fields.find((f) => f.name === check?.rows)?.fields?.find((f) => f.name === check?.value);
    return valueField && effectiveType(valueField, unit) === 'money' ? formatPence(n) : formatMeasure(n, unit ?? '');
  };
  const liveCheck = check ? checkAgainstTarget(check, toBody(command.fields, form.getValues(), unit, []), target, formatValue) : null;

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
    setWarning(null);
    form.clearErrors();
    const errors: ClientFieldError[] = [];
    const body = { ...toBody(command.fields, values, unitOf(values, target), errors), ...fixed };
    if (errors.length) {
      for (const e of errors) form.setFieldError(e.path, e.message);
      setFocusRequest((n) => n + 1);
      return;
    }
    const over = check && checkAgainstTarget(check, body, target, formatValue).warning;
    if (over) {
      setWarning({ message: over, body });
      return;
    }
    await save(body);
  };

  const save = async (body: Values) => {
    setWarning(null);
    setSubmitting(true);
    try {
      const result = await sendCommand(command.method ?? 'POST', command.route(target), body, command.ifMatch?.(target));
      await queryClient.invalidateQueries();
      onDirtyChange?.(false);
      // A record with a page of its own is opened: the user sees what was created.
      const page = recordPage(result.location);
      notifySaved(page ? `Saved: ${command.title}. It is opened below.` : `Saved: ${command.title}.`);
      onDone?.(result);
      if (page) navigate(page);
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
        const shape = shapeAt(command.fields, path);
        const said = (m: string) => (shape ? plainMessage(m, shape.label, /select/.test(shape.type)) : m);
        const message = empty ? said(empty) : [...new Set(e.messages.map(said))].join('; ');
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
      case 'money': {
        // What the text reads as, live under the field: the amount in pounds, or how to write it.
        const text = String(common.value ?? '').trim();
        const reading = text ? parseMoney(text, { allowNegative: field.allowNegative }) : null;
        const hint = field.description ?? 'Pounds, such as 1,250.00, £250k or £1.5m';
        const live = reading?.ok ? `Reads as ${formatPence(reading.pence)}` : reading && !common.error ? reading.message : hint;
        return (
          <TextInput
            {...common}
            inputMode="decimal"
            leftSection="£"
            description={live}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            descriptionProps={{ 'aria-live': 'polite', 'data-testid': 'money-reading', c: reading && !reading.ok ? 'orange.9' : undefined }}
          />
        );
      }
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
      case 'person': {
        const { name, post } = field.fills ?? {};
        const prefixOf = path.slice(0, path.length - field.name.length);
        return (
          <PersonPicker
            label={field.label}
            description={field.description}
            required={field.required}
            value={String(common.value ?? '')}
            error={common.error}
            onBlur={common.onBlur}
            onFocus={common.onFocus}
            onChange={(personId) => form.setFieldValue(path, personId)}
            onPick={(person) => {
              if (name) form.setFieldValue(`${prefixOf}${name}`, person.name);
              const held = postOf(person);
              if (post && held) form.setFieldValue(`${prefixOf}${post}`, held);
            }}
          />
        );
      }
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
              {check?.rows === field.name && liveCheck && (
                <div aria-live="polite" data-testid="target-total">
                  <Text size="sm" fw={600}>
                    {check.words.total} comes to {formatValue(liveCheck.total)}
                    {liveCheck.limit !== null && `; ${check.words.limit} is ${formatValue(liveCheck.limit)}`}
                  </Text>
                  {liveCheck.short && !warning && <Text size="sm" c="orange.9">{liveCheck.short}</Text>}
                </div>
              )}
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
        {warning && (
          <Alert ref={warningRef} tabIndex={-1} color="yellow" title={`More than ${check?.words.limit}: check before saving`} role="alert" data-testid="target-warning">
            <Text size="sm">{warning.message}</Text>
            <Group mt="xs" gap="xs">
              <Button size="compact-sm" onClick={() => setWarning(null)}>
                Change the amounts
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => save(warning.body)} loading={submitting}>
                Save anyway
              </Button>
            </Group>
          </Alert>
        )}
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
