// Administrators manage users and roles (and nothing else). The user endpoints come
// with sign-in; on an API without them this page says so.
import { Alert, Badge, Button, Group, NativeSelect, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, dataOf, type Role } from '../api/client';
import { ErrorState, Loading, Section, ScrollTable } from '../components/ui';
import { CommandButtons } from '../forms/CommandButton';
import { commandsFor, type CommandTarget } from '../forms/commands';
import { formatTimestamp, ROLE_LABELS } from '../format';
import { useUser } from '../state';
import { usePageTitle } from './usePageTitle';

export function UsersPage() {
  usePageTitle('Users');
  const user = useUser();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () => (await dataOf(api.GET('/users'))).items,
    retry: false,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        Users and roles
      </Title>
      <Stack>
        {/* The form sits below a long list: a way to it from the top. */}
        <Section
          title="Users"
          actions={
            <Button component="a" href="#add-a-user" size="compact-sm" variant="light">
              Add a user
            </Button>
          }
        >
          {users.isLoading && <Loading />}
          {users.error instanceof ApiError && users.error.status === 404 ? (
            <Text c="dimmed">This API does not manage users yet.</Text>
          ) : users.error ? (
            <ErrorState error={users.error} />
          ) : (
            <ScrollTable label="Users" minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">User name</Table.Th>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Person id</Table.Th>
                    <Table.Th scope="col">Last signed in</Table.Th>
                    <Table.Th scope="col">Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(users.data ?? []).map((u) => {
                    const target: CommandTarget = { programmeId: '', user, account: { username: u.username, role: u.role, personId: u.personId, active: u.active } };
                    return (
                      <Table.Tr key={u.userId ?? u.username}>
                        <Table.Td>{u.username}</Table.Td>
                        <Table.Td>{u.name}</Table.Td>
                        <Table.Td>
                          {ROLE_LABELS[u.role] ?? u.role}
                          {!u.active && (
                            <Badge ml={6} color="gray" variant="outline" styles={{ root: { overflow: 'visible', minWidth: 'max-content' }, label: { overflow: 'visible' } }}>
                              Deactivated
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{u.personId ?? '—'}</Table.Td>
                        <Table.Td>{u.lastSignedInAt ? formatTimestamp(u.lastSignedInAt) : 'Never'}</Table.Td>
                        <Table.Td>
                          <Group gap={4} maw={240}>
                            <CommandButtons commands={commandsFor('users', target)} target={target} />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
        <div style={{ maxWidth: 640 }}>
          <Section title="Add a user" id="add-a-user">
            <AddUser />
          </Section>
        </div>
      </Stack>
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
          await dataOf(api.POST('/users', { body: { ...values, role: values.role as Role, personId: values.personId || undefined } }));
          setMessage({ ok: true, text: `${values.username} can now sign in.` });
          form.reset();
          await queryClient.invalidateQueries({ queryKey: ['users'] });
        } catch (error) {
          if (error instanceof ApiError) {
            for (const e of error.errors) form.setFieldError(e.field, [...new Set(e.messages)].join('; '));
            // A taken user name is about the user name field, not the whole form.
            if (error.code === 'USER_ALREADY_REGISTERED') form.setFieldError('username', error.message);
            else if (!error.errors.length) setMessage({ ok: false, text: `${error.message} (${error.code})` });
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
