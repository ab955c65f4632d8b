// A typed client of the Programme Ledger API, as an integrator writes one: types generated from
// the document the API serves, calls through openapi-fetch. The README quotes this file;
// test/api/typed-client.e2e-spec.ts type-checks it against the served document.
//   npx openapi-typescript http://localhost:3000/docs/openapi.json -o schema.d.ts
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function recordAndReadBack(baseUrl: string, username: string, password: string): Promise<void> {
  const client = createClient<paths>({ baseUrl });

  // Sign in; the access token goes on every later call.
  const signIn = await client.POST('/auth/login', { body: { username, password } });
  if (signIn.error) throw new Error(`${signIn.error.code}: ${signIn.error.message}`);
  const token = signIn.data.accessToken;
  client.use({ onRequest: ({ request }) => request.headers.set('Authorization', `Bearer ${token}`) });

  // Record a benefit realisation: 2006/07's wards, with the forecast for the rest. A resend with
  // the same Idempotency-Key is recorded once.
  const realised = await client.POST('/proposals/{proposalId}/benefits/{benefitId}/realisations', {
    params: {
      path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-ward-coverage' },
      header: { 'Idempotency-Key': 'sn-wards-2006-07' },
    },
    body: {
      period: '2006/07',
      actual: 374,
      forecastRemaining: 0,
      evidence: 'Territorial Policing strength returns, March 2007',
      commentary: 'Every ward has its team',
    },
  });
  if (realised.error) throw new Error(`${realised.error.code} on ${realised.error.field ?? 'the request'}: ${realised.error.message}`);

  // Read the programme as it stood at a moment, once the projections have the write.
  const asAt = await client.GET('/programmes/{programmeId}/as-at', {
    params: {
      path: { programmeId: 'met-modernisation' },
      query: { at: new Date().toISOString(), waitForPosition: realised.data.position },
    },
  });
  if (asAt.error) throw new Error(`${asAt.error.code}: ${asAt.error.message}`);
  const wards = asAt.data.snapshot.benefits.find((benefit) => benefit.benefitId === 'mmp-sn-ward-coverage');
  console.log(`${asAt.data.eventsFolded} events folded; wards realised to date: ${wards?.realisedToDate}`);
}
