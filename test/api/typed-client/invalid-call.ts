// A call that must NOT type-check: a string where the document says a number. The typed-client
// test expects exactly this one error, so a generator that typed everything loosely (or the
// check itself) would be caught.
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const client = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export const realised = client.POST('/proposals/{proposalId}/benefits/{benefitId}/realisations', {
  params: { path: { proposalId: 'mmp-safer-neighbourhoods', benefitId: 'mmp-sn-cash-release' } },
  // @expected-error: a string for a number
  body: { period: '2006/07', actual: '1200000000', evidence: 'Finance report, March 2007' },
});
