import { AppShell, Burger, Button, Group, NativeSelect, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { logout } from '../api/client';
import { useProgrammeId, useProgrammes } from '../api/hooks';
import { describeAsAt, isBusinessDay, ROLE_LABELS } from '../format';
import { useAppState, useUser } from '../state';
import { StatusMessageRegion } from './StatusMessage';
import { useQueryParam } from './useQueryParam';

export const NAV: { to: string; label: string; roles: string[] }[] = [
  { to: '/app', label: 'Home', roles: ['programme-office', 'lead', 'oversight-committee', 'administrator'] },
  { to: '/app/programme', label: 'Programme dashboard', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/proposals', label: 'Proposals', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/my-proposals', label: 'My proposals', roles: ['lead'] },
  { to: '/app/my-actions', label: 'My actions', roles: ['lead'] },
  { to: '/app/meetings', label: 'Forward plan', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/actions', label: 'Actions and issues', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/performance', label: 'Performance', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/plan', label: 'Plan', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/funding', label: 'Funding', roles: ['programme-office', 'lead', 'oversight-committee'] },
  { to: '/app/committee', label: 'Committee view', roles: ['oversight-committee', 'programme-office'] },
  { to: '/app/audit', label: 'Audit trail', roles: ['programme-office', 'oversight-committee', 'lead'] },
  { to: '/app/users', label: 'Users', roles: ['administrator'] },
];

export function AsAtBanner() {
  const { asAt, setAsAt } = useAppState();
  if (!asAt) return null;
  return (
    <div className="as-at-banner" role="region" aria-label="Viewing the programme as at a past moment">
      <Group justify="space-between" px="md" py="xs" wrap="wrap">
        <Text fw={700} c="#5c3b00" data-testid="as-at-banner">
          {isBusinessDay(asAt)
            ? `${describeAsAt(asAt)}: you are looking at the programme as the record tells it on that day, by the dates of its decisions, assessments and reports. Nothing can be changed here.`
            : `${describeAsAt(asAt)}: you are looking at the programme as it stood then. Nothing recorded later is shown, and nothing can be changed here.`}
        </Text>
        {/* Black on orange: white on it is 3.6:1. */}
        <Button size="compact-sm" color="orange" c="black" variant="filled" onClick={() => setAsAt(null)}>
          Back to now
        </Button>
      </Group>
    </div>
  );
}

/**
 * Keeps the as-at moment in the query string (?asAt=…), so a shared URL opens the same view.
 * A URL that brings a new moment (opened, pasted, Back) sets it; otherwise the URL follows
 * the moment as it is set, cleared or carried from page to page.
 */
function useAsAtInUrl() {
  const { asAt, setAsAt } = useAppState();
  const [raw, setInUrl] = useQueryParam('asAt');
  // A day (YYYY-MM-DD) or an instant; anything else in a hand-edited URL is ignored.
  const fromUrl = raw && /^\d{4}-\d{2}-\d{2}/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
  const lastFromUrl = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const urlChanged = fromUrl !== lastFromUrl.current;
    lastFromUrl.current = fromUrl;
    if (fromUrl === asAt) return;
    if (urlChanged && fromUrl) setAsAt(fromUrl);
    else setInUrl(asAt);
  }, [fromUrl, asAt, setAsAt, setInUrl]);
}

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const user = useUser();
  const { setProgrammeId } = useAppState();
  const programmeId = useProgrammeId();
  const programmes = useProgrammes();
  const location = useLocation();
  const navigate = useNavigate();
  useAsAtInUrl();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              <Link to="/app" style={{ color: 'inherit', textDecoration: 'none' }}>
                Programme Ledger
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {user.role !== 'administrator' && programmes.data && (
              <NativeSelect
                aria-label="Programme"
                size="xs"
                visibleFrom="md"
                value={programmeId ?? ''}
                onChange={(e) => setProgrammeId(e.currentTarget.value)}
                data={programmes.data.items.map((p) => ({ value: p.programmeId, label: p.name }))}
              />
            )}
            <Text size="sm" visibleFrom="xs" data-testid="signed-in-as">
              {user.name} · {ROLE_LABELS[user.role] ?? user.role}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={async () => {
                await logout();
                navigate('/app/sign-in');
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {/* On a phone the header has no room for the name: the menu says who is signed in. */}
        <Text size="sm" hiddenFrom="xs" px="sm" pb="xs" data-testid="signed-in-as-menu">
          Signed in as <strong>{user.name}</strong> · {ROLE_LABELS[user.role] ?? user.role}
        </Text>
        <nav aria-label="Main">
          <Stack gap={2}>
            {NAV.filter((n) => n.roles.includes(user.role)).map((n) => (
              <NavLink
                key={n.to}
                component={Link}
                to={n.to}
                label={n.label}
                active={n.to === '/app' ? location.pathname === '/app' : location.pathname.startsWith(n.to)}
                aria-current={location.pathname === n.to ? 'page' : undefined}
                onClick={close}
              />
            ))}
          </Stack>
          {user.role !== 'administrator' && programmes.data && (
            <NativeSelect
              mt="md"
              hiddenFrom="md"
              label="Programme"
              size="xs"
              value={programmeId ?? ''}
              onChange={(e) => setProgrammeId(e.currentTarget.value)}
              data={programmes.data.items.map((p) => ({ value: p.programmeId, label: p.name }))}
            />
          )}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <AsAtBanner />
        <Outlet />
        <StatusMessageRegion />
      </AppShell.Main>
    </AppShell>
  );
}
