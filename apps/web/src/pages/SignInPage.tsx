import { Alert, Button, Center, Divider, NativeSelect, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, login, setSession, type Role } from '../api/client';
import { usePageTitle } from './usePageTitle';

export function SignInPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/app';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  // Shown only when the API answers the sign-in with 404: probing /auth/me up front logged a 401 on every visit.
  const [noAuth, setNoAuth] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const next = {
      username: username.trim() ? undefined : 'Enter your user name.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(next);
    if (next.username || next.password) {
      (next.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    // The home page's code loads while the password is checked, not after (the page carries none of it until now).
    void import('./HomePage').catch(() => undefined);
    try {
      const outcome = await login(username.trim(), password);
      if (outcome.kind === 'no-auth-endpoint') setNoAuth(true);
      else navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'That user name and password do not match an account.' : e instanceof ApiError && e.status === 429 ? 'Too many attempts: wait a minute and try again.' : `Sign-in failed: ${String(e instanceof Error ? e.message : e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main" id="main" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              Programme Ledger
            </Title>
            <Text c="dimmed" size="sm">
              The record of the programme: proposals, business cases, benefits, milestones, risks and decisions.
            </Text>
          </div>
          <form onSubmit={submit} noValidate aria-label="Sign in">
            <Stack>
              {error && (
                <Alert color="red" role="alert" title="Not signed in">
                  {error}
                </Alert>
              )}
              <TextInput
                ref={usernameRef}
                label="User name"
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={missing.username}
                required
              />
              <PasswordInput
                ref={passwordRef}
                label="Password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={missing.password}
                required
              />
              <Button type="submit" loading={busy}>
                Sign in
              </Button>
            </Stack>
          </form>
          {noAuth && <DevelopmentSignIn onSignedIn={() => navigate(from, { replace: true })} />}
        </Stack>
      </Paper>
    </Center>
  );
}

/** Until the API offers sign-in, the development actor headers stand in for a token. */
function DevelopmentSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [role, setRole] = useState<Role>('programme-office');
  const [personId, setPersonId] = useState('person-programme-office');
  const [name, setName] = useState('Programme Office');
  return (
    <form
      aria-label="Development sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        setSession({ user: { id: personId, username: personId, name, role, personId }, development: true });
        onSignedIn();
      }}
    >
      <Stack gap="xs">
        <Divider label="This API has no sign-in yet" />
        <Text size="sm" c="dimmed">
          Development only: act as a role (sent as the X-Actor headers).
        </Text>
        <NativeSelect
          label="Role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
          data={[
            { value: 'programme-office', label: 'Programme office' },
            { value: 'lead', label: 'Lead' },
            { value: 'oversight-committee', label: 'Oversight committee' },
            { value: 'administrator', label: 'Administrator' },
          ]}
        />
        <TextInput label="Person id" value={personId} onChange={(e) => setPersonId(e.currentTarget.value)} />
        <TextInput label="Display name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button type="submit" variant="outline">
          Continue as this role
        </Button>
      </Stack>
    </form>
  );
}
