// Administrators manage users and roles (and nothing else). The user endpoints come
// with sign-in; on an API without them this page says so.
import { Alert, Button, NativeSelect, PasswordInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, get, post } from '../api/client';
import { ErrorState, Loading, Section } from '../components/ui';
import { ROLE_LABELS } from '../format';
import { usePageTitle } from './usePageTitle';

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: string;
  personId: string | null;
  disabled?: boolean;
}

export function UsersPage() {
  usePageTitle('Users');
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () => {
      const result = await get<UserRow[] | { items: UserRow[] }>('/users');
      return Array.isArray(result) ? result : result.items;
    },
    retry: false,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        Users and roles
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title="Users">
          {users.isLoading && <Loading />}
          {users.error instanceof ApiError && users.error.status === 404 ? (
            <Text c="dimmed">This API does not manage users yet.</Text>
          ) : users.error ? (
            <ErrorState error={users.error} />
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">User name</Table.Th>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Person id</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(users.data ?? []).map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>{u.username}</Table.Td>
                      <Table.Td>{u.name}</Table.Td>
                      <Table.Td>{ROLE_LABELS[u.role] ?? u.role}</Table.Td>
                      <Table.Td>{u.personId ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
        <Section title="Add a user">
          <AddUser />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function AddUser() {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', name: '', role: 'lead', personId: '', password: '' },
  });
  return (
    <form
      aria-label="Add a user"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setMessage(null);
        try {
          await post('/users', { ...values, personId: values.personId || undefined });
          setMessage({ ok: true, text: `${values.username} can now sign in.` });
          form.reset();
          await queryClient.invalidateQueries({ queryKey: ['users'] });
        } catch (error) {
          if (error instanceof ApiError) {
            for (const e of error.errors) form.setFieldError(e.field, e.messages.join('; '));
            if (!error.errors.length) setMessage({ ok: false, text: `${error.message} (${error.code})` });
          } else setMessage({ ok: false, text: String(error) });
        }
      })}
    >
      <Stack gap="xs">
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <TextInput label="User name" withAsterisk {...form.getInputProps('username')} />
        <TextInput label="Display name" withAsterisk {...form.getInputProps('name')} />
        <NativeSelect
          label="Role"
          {...form.getInputProps('role')}
          data={['programme-office', 'lead', 'oversight-committee', 'administrator'].map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <TextInput label="Person id (for a lead: the id the proposals name)" {...form.getInputProps('personId')} />
        <PasswordInput label="Initial password" withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
        <Button type="submit" style={{ alignSelf: 'flex-start' }}>
          Add the user
        </Button>
      </Stack>
    </form>
  );
}
