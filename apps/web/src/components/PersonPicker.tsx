// The one way the web names a person (a lead, a benefit's owner, the programme director): a
// searchable list of the people directory (GET /people), each shown with their post. The API
// checks every person field against the same directory; this keeps typo'd ids from being sent.
import { Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';

export type Person = Awaited<ReturnType<typeof loadPeople>>[number];

async function loadPeople() {
  return (await dataOf(api.GET('/people', {}))).items;
}

const ROLE_LABELS: Record<string, string> = {
  'programme-office': 'Programme office',
  lead: 'Management Board lead',
  'oversight-committee': 'Oversight committee',
  administrator: 'Administrator',
};

/** What a person is shown with: the post they hold now, else their account's role. */
export function postOf(person: Person): string | null {
  return person.currentPost ?? (person.role ? ROLE_LABELS[person.role] ?? person.role : null);
}

interface Props {
  label: string;
  value: string;
  onChange: (personId: string) => void;
  /** told the whole person picked, e.g. to fill in their name */
  onPick?: (person: Person) => void;
  description?: string;
  error?: React.ReactNode;
  required?: boolean;
  onBlur?: () => void;
  onFocus?: () => void;
}

export function PersonPicker({ label, value, onChange, onPick, description, error, required, onBlur, onFocus }: Props) {
  const people = useQuery({ queryKey: ['people'], queryFn: loadPeople });
  const byId = new Map((people.data ?? []).map((p) => [p.personId, p]));
  // One kept before the directory loads (or no longer listed) is still shown as its id.
  const data = [...byId.values()].map((p) => {
    const post = postOf(p);
    return { value: p.personId, label: post ? `${p.name} — ${post}` : p.name };
  });
  if (value && !byId.has(value)) data.push({ value, label: value });
  return (
    <Select
      label={label}
      description={description ?? 'Type part of a name to search the people directory'}
      withAsterisk={required}
      error={error}
      searchable
      clearable={!required}
      data={data}
      value={value || null}
      onChange={(personId) => {
        onChange(personId ?? '');
        const person = personId ? byId.get(personId) : undefined;
        if (person) onPick?.(person);
      }}
      onBlur={onBlur}
      onFocus={onFocus}
      nothingFoundMessage={people.isLoading ? 'Loading the people directory…' : 'Nobody of that name in the people directory'}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <div>
            <Text size="sm">{person?.name ?? option.label}</Text>
            {person && postOf(person) && <Text size="xs" c="dark.3">{postOf(person)}</Text>}
          </div>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      limit={50}
    />
  );
}
