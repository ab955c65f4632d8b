import { Center, createTheme, darken, Loader, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactElement } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api/client';
import { Layout, NAV } from './components/Layout';
import { NotFoundPage, NotForYourRolePage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { onDemand } from './lazy';
import { AppStateProvider, useAppState } from './state';

// Sign-in and the not-found pages stay in the entry; the rest (and the charts some of them
// draw) load on demand, each in its own Suspense so the menu stays while a page's code loads;
// the sign-in page carries no chart code.
const ActionsPage = onDemand(() => import('./pages/ActionsPage'), 'ActionsPage');
const AuditPage = onDemand(() => import('./pages/AuditPage'), 'AuditPage');
const CommitteePage = onDemand(() => import('./pages/CommitteePage'), 'CommitteePage');
const DashboardPage = onDemand(() => import('./pages/DashboardPage'), 'DashboardPage');
const ForwardPlanPage = onDemand(() => import('./pages/ForwardPlanPage'), 'ForwardPlanPage');
const HomePage = onDemand(() => import('./pages/HomePage'), 'HomePage');
const MeetingPage = onDemand(() => import('./pages/MeetingPage'), 'MeetingPage');
const MyActionsPage = onDemand(() => import('./pages/MyActionsPage'), 'MyActionsPage');
const MyProposalsPage = onDemand(() => import('./pages/MyProposalsPage'), 'MyProposalsPage');
const PlanPage = onDemand(() => import('./pages/PlanPage'), 'PlanPage');
const PerformancePage = onDemand(() => import('./pages/PerformancePage'), 'PerformancePage');
const FundingPage = onDemand(() => import('./pages/FundingPage'), 'FundingPage');
const ProposalPage = onDemand(() => import('./pages/ProposalPage'), 'ProposalPage');
const ProposalsPage = onDemand(() => import('./pages/ProposalsPage'), 'ProposalsPage');
const UsersPage = onDemand(() => import('./pages/UsersPage'), 'UsersPage');

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
  // Mantine's defaults are light; a darker primary shade keeps text on buttons above 4.5:1.
  primaryShade: { light: 8, dark: 6 },
});

// Contrast at AA (4.5:1) in the light scheme: Mantine's dimmed grey (#868e96) is 3.32:1 on
// white, this one 5.7:1 (5.4:1 on striped rows); the text of "light" badges and buttons
// (e.g. green on pale green, 3.8:1) is darkened to 6.5:1 or more.
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5f6770',
    ...Object.fromEntries(Object.entries(t.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.35)])),
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A page's readers may mount seconds apart (code loaded on demand on a slow phone): each
      // reads the same answer, not a second request. A command invalidates what it changed.
      staleTime: 60_000,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function RequireSignIn() {
  const { session, restoring } = useAppState();
  const location = useLocation();
  // A new tab or a reload: the browser's session (its refresh cookie) first, then sign-in if there is none.
  if (!session && restoring) return <Center mih="100vh" component="main" id="main"><Loader aria-label="Resuming your session" /></Center>;
  if (!session) return <Navigate to="/app/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Layout />;
}

/** A page only the roles that can use it may open (the API would refuse the rest its data). */
function ForRoles({ path, children }: { path: string; children: ReactElement }) {
  const { session } = useAppState();
  const roles = NAV.find((n) => n.to === path)?.roles ?? [];
  if (session && !roles.includes(session.user.role)) return <NotForYourRolePage />;
  return children;
}

/** Each page sets the document title, so screen-reader users hear where they are. */
function TitleOnNavigate() {
  const location = useLocation();
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname]);
  return null;
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <AppStateProvider>
          <BrowserRouter>
            <TitleOnNavigate />
            <Routes>
              <Route path="/" element={<Navigate to="/app" replace />} />
              <Route path="/app/sign-in" element={<SignInPage />} />
              <Route path="/app" element={<RequireSignIn />}>
                <Route index element={<HomePage />} />
                <Route path="programme" element={<ForRoles path="/app/programme"><DashboardPage /></ForRoles>} />
                <Route path="proposals" element={<ForRoles path="/app/proposals"><ProposalsPage /></ForRoles>} />
                <Route path="proposals/:proposalId" element={<ForRoles path="/app/proposals"><ProposalPage /></ForRoles>} />
                <Route path="my-proposals" element={<ForRoles path="/app/my-proposals"><MyProposalsPage /></ForRoles>} />
                <Route path="committee" element={<ForRoles path="/app/committee"><CommitteePage /></ForRoles>} />
                <Route path="meetings" element={<ForRoles path="/app/meetings"><ForwardPlanPage /></ForRoles>} />
                <Route path="meetings/:meetingId" element={<ForRoles path="/app/meetings"><MeetingPage /></ForRoles>} />
                <Route path="actions" element={<ForRoles path="/app/actions"><ActionsPage /></ForRoles>} />
                <Route path="my-actions" element={<ForRoles path="/app/my-actions"><MyActionsPage /></ForRoles>} />
                <Route path="audit" element={<ForRoles path="/app/audit"><AuditPage /></ForRoles>} />
                <Route path="plan" element={<ForRoles path="/app/plan"><PlanPage /></ForRoles>} />
                <Route path="performance" element={<ForRoles path="/app/performance"><PerformancePage /></ForRoles>} />
                <Route path="funding" element={<ForRoles path="/app/funding"><FundingPage /></ForRoles>} />
                <Route path="users" element={<ForRoles path="/app/users"><UsersPage /></ForRoles>} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </BrowserRouter>
        </AppStateProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
