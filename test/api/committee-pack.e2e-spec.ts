import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Response } from 'supertest';
import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';
import { packTables } from '@ledger/committee';
import { pdfPages } from '../support/pdf-text';

const MMP = 'met-modernisation';
const committee = () => as('oversight-committee', 'committee-member-1', 'Committee Member');

/** Collects a binary body (PDF, XLSX) as a Buffer. */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The cells of every sheet of a workbook, as text (to show what differs, if anything). */
async function sheetsOf(xlsx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  return out;
}

describe('the committee pack and the audit chain, over HTTP (Met Modernisation seed)', () => {
  let t: TestApp;
  let last = 0;
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  const pack = (query: Record<string, string | number>, format = 'json') =>
    t.http
      .get(`/programmes/${MMP}/committee-pack`)
      .set(committee())
      .query({ meeting: today, previous: yesterday, ...query, format, waitForPosition: last })
      .buffer(true)
      .parse(binary);

  /** Every format of one pack: the bytes, and the JSON parsed. */
  async function allFormats(query: Record<string, string | number>) {
    const [json, csv, xlsx, pdf] = await Promise.all(['json', 'csv', 'xlsx', 'pdf'].map((f) => pack(query, f).expect(200)));
    return { json: json.body as Buffer, csv: csv.body as Buffer, xlsx: xlsx.body as Buffer, pdf: pdf.body as Buffer, data: JSON.parse(json.body.toString('utf8')), headers: pdf.headers };
  }

  /** Appends a few more events: a high risk, a decision and a slipped milestone, recorded now. */
  async function appendMore(tag: string) {
    const post = async (path: string, body: object, who = as('programme-office', 'po-e2e', 'Pat Office')) => {
      const res = await t.http.post(path).set(who).send(body);
      expect({ path, status: res.status, body: res.status === 201 ? null : res.body }).toEqual({ path, status: 201, body: null });
      last = Math.max(last, res.body.position);
    };
    await post(`/programmes/${MMP}/risks`, {
      riskId: `late-risk-${tag}`, kind: 'threat', category: 'risk', title: `Airwave handsets delivered late (${tag})`,
      cause: 'Supplier capacity', event: 'Handsets arrive after go-live', effect: 'Go-live slips', ownerName: 'Director of IT',
      likelihood: 5, impact: 4, residualLikelihood: 3, residualImpact: 3, proximity: 'Within 3 months', response: 'reduce',
      actions: ['Weekly supplier review'], raisedOn: today,
    });
    await post(`/programmes/${MMP}/decisions`, {
      decisionId: `late-decision-${tag}`, forum: 'ManagementBoard', decisionDate: today, subject: `Handset contingency (${tag})`,
      outcome: 'approve', rationale: 'Keeps go-live on track', conditions: [], minuteReference: `MB ${today} 3`, evidence: [],
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    const seeded = await seedTestApp(t);
    last = seeded.lastPosition;
  }, 180_000);
  afterAll(() => t?.close());

  it('GET /audit/chain-head: the position and hash of the last linked event; committee and programme office only', async () => {
    const res = await t.http.get('/audit/chain-head').set(committee()).query({ waitForPosition: last }).expect(200);
    expect(res.body).toEqual({ position: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), events: expect.any(Number) });
    expect(res.body.events).toBeGreaterThan(150);
    await t.http.get('/audit/chain-head').set(as('programme-office')).expect(200);
    await t.http.get('/audit/chain-head').set(as('lead')).expect(403);
    await t.http.get('/audit/chain-head').expect(401);
    await t.http.get(`/programmes/${MMP}/committee-pack`).query({ meeting: today }).set(as('lead')).expect(403);
  });

  it('GET /audit/verify: ok for the intact log; against a head recorded earlier, and a wrong one', async () => {
    const head = (await t.http.get('/audit/chain-head').set(committee()).query({ waitForPosition: last }).expect(200)).body;
    const ok = await t.http.get('/audit/verify').set(committee()).expect(200);
    expect(ok.body).toMatchObject({ ok: true, firstBreak: null, chainHead: head, checkedEvents: head.events });
    const against = await t.http.get('/audit/verify').set(committee()).query({ upTo: head.position, expectedHash: head.hash }).expect(200);
    expect(against.body).toMatchObject({ ok: true, expectedHead: { position: head.position, matches: true } });
    const wrong = await t.http.get('/audit/verify').set(committee()).query({ upTo: head.position, expectedHash: 'a'.repeat(64) }).expect(200);
    expect(wrong.body).toMatchObject({ ok: false, expectedHead: { matches: false } });
    await t.http.get('/audit/verify').set(committee()).query({ expectedHash: head.hash }).expect(400);
    await t.http.get('/audit/verify').set(committee()).query({ upTo: 1, expectedHash: 'xyz' }).expect(400);
  });

  it('built again for the same date and head after more events: identical JSON, CSV, XLSX and PDF bytes', async () => {
    const first = await allFormats({});
    const head = first.data.chainHead;
    expect(head.position).toBeGreaterThan(0);
    expect(first.headers['x-chain-head-position']).toBe(String(head.position));
    expect(first.headers['x-pack-digest']).toBe(first.data.digest);

    await appendMore('a');
    const again = await allFormats({ head: head.position });
    expect(again.data).toEqual(first.data);
    expect(sha(again.json)).toBe(sha(first.json));
    expect(sha(again.csv)).toBe(sha(first.csv));
    expect(await sheetsOf(again.xlsx)).toEqual(await sheetsOf(first.xlsx));
    expect(sha(again.xlsx)).toBe(sha(first.xlsx));
    expect(sha(again.pdf)).toBe(sha(first.pdf));

    // Without the head, the same date now means a later head, and the pack says what is new.
    const later = (await pack({}).expect(200)).body;
    const latest = JSON.parse(later.toString('utf8'));
    expect(latest.chainHead.position).toBeGreaterThan(head.position);
    expect(latest.digest).not.toBe(first.data.digest);
    expect(latest.risks.map((r: { riskId: string }) => r.riskId)).toContain('late-risk-a');
    expect(first.data.risks.map((r: { riskId: string }) => r.riskId)).not.toContain('late-risk-a');
    expect(latest.decisions.map((d: { decisionId: string }) => d.decisionId)).toEqual(['late-decision-a']);
    const change = latest.changes.events.find((e: { streamId: string }) => e.streamId === 'risk-late-risk-a');
    expect(change).toMatchObject({ type: 'RiskRaised', actorId: 'po-e2e', actorName: 'Pat Office', actorRole: 'programme-office', sentence: expect.any(String) });
  }, 60_000);

  it('a pack for a past moment stays the same as events keep arriving (its head is fixed by the moment)', async () => {
    await new Promise((r) => setTimeout(r, 5));
    const meeting = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const first = await allFormats({ meeting });
    await appendMore('b');
    const again = await allFormats({ meeting });
    expect(again.data.chainHead).toEqual(first.data.chainHead);
    expect(sha(again.json)).toBe(sha(first.json));
    expect(sha(again.csv)).toBe(sha(first.csv));
    expect(sha(again.xlsx)).toBe(sha(first.xlsx));
    expect(sha(again.pdf)).toBe(sha(first.pdf));
    // And the head it names verifies against the log.
    const { position, hash } = first.data.chainHead;
    const verified = await t.http.get('/audit/verify').set(committee()).query({ upTo: position, expectedHash: hash }).expect(200);
    expect(verified.body).toMatchObject({ ok: true, expectedHead: { matches: true } });
  }, 60_000);

  it('the PDF opens, and its first page shows the programme name and the meeting date', async () => {
    const res = await pack({}, 'pdf').expect(200).expect('Content-Type', 'application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, info } = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const first = pages[0].replace(/\s+/g, ' ');
    expect(first).toContain('Met Modernisation Programme');
    expect(first).toContain(today);
    const [y, m, d] = today.split('-').map(Number);
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
    expect(first).toContain(`Meeting of ${d} ${month} ${y}`);
    const json = JSON.parse((await pack({})).body.toString('utf8'));
    // The business first: no hashes on the first page; the provenance is the last page's.
    expect(first).not.toContain(json.chainHead.hash);
    expect(first).not.toContain(json.digest);
    expect(first).toContain('the last page');
    const last = pages[pages.length - 1].replace(/\s+/g, ' ');
    expect(last).toContain('How to verify this pack');
    expect(last).toContain(`Position ${json.chainHead.position}`);
    expect(last).toContain(json.chainHead.hash);
    expect(last).toContain(json.digest);
    // The Merkle log's summary: the signed head, and how many proofs the JSON holds, matters arising among them.
    const { signedHead, inclusion } = json.log;
    const matters = new Set(inclusion.filter((e: any) => e.matter).map((e: any) => `${e.matter.kind}:${e.matter.id}`)).size;
    expect(last).toContain(`Tree size ${signedHead.treeSize}, root ${signedHead.rootHash}`);
    expect(last).toContain(`The JSON pack holds ${inclusion.length} inclusion proofs: one per change (${json.changes.events.length}) and decision (${json.decisions.length}) listed`);
    expect(last).toContain(`for each of the ${matters} matters arising listed`);
    expect(String(info.Title)).toContain('Met Modernisation Programme');
    // Every section is there.
    const all = pages.join('\n');
    for (const title of ['Performance against the plan', 'Funding: the medium-term financial plan', 'Changes since the previous meeting', 'Business cases awaiting scrutiny', 'Benefits: planned, forecast and realised', 'Open risks scoring 15 or more', 'Milestones slipped', 'Decisions taken in the period']) {
      expect({ title, found: all.includes(title) }).toEqual({ title, found: true });
    }
  }, 30_000);

  it('CSV: every table as a section, or one alone; the risk threshold is a parameter', async () => {
    const bytes = (await pack({}, 'csv').expect(200).expect('Content-Type', /text\/csv/)).body as Buffer;
    // A byte-order mark, so that a spreadsheet reads UTF-8 ("£", names with accents).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').replace(/^\uFEFF/, '');
    expect(csv.startsWith('section,pack\r\nfield,value\r\nprogramme,met-modernisation\r\n')).toBe(true);
    for (const name of ['summary', 'performance', 'funding', 'changes', 'changed-items', 'business-cases', 'benefits', 'risks', 'milestones-slipped', 'decisions']) {
      expect(csv).toContain(`\r\nsection,${name}\r\n`);
    }
    const risks = (await pack({ table: 'risks', riskThreshold: 20 }, 'csv').expect(200)).body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(risks[0]).toBe('riskId,title,score,likelihood,impact,residualScore,ownerName,response,proximity');
    expect(risks.slice(1).every((line: string) => Number(line.split(',')[2]) >= 20)).toBe(true);
    expect(risks.slice(1).some((line: string) => line.startsWith('late-risk-a,'))).toBe(true);
  });

  it('performance: the seeded 2006/07 plan, off track first, with the accountable member and the proposal serving it; funding: the lines and the gap by year, cited', async () => {
    const data = JSON.parse((await pack({}).expect(200)).body.toString('utf8'));
    const plan = data.performance.find((p: { planId: string }) => p.planId === 'policing-plan-2006-07');
    // A meeting after the plan's years reads its last year.
    expect(plan.period).toBe('2006/07');
    expect(plan.indicators[0]).toMatchObject({ objectiveId: 'sn-teams-in-every-ward', indicatorId: 'wards-with-a-team', target: 100, actual: 95, status: 'off-track', accountable: 'AC Tim Godwin', servedBy: ['Safer Neighbourhoods'] });
    const statuses = plan.indicators.map((i: { status: string }) => i.status);
    expect(statuses).toEqual([...statuses].sort((a: string, b: string) => Number(b === 'off-track') - Number(a === 'off-track')));
    // Appendix 3's shortfall: 2006/07 resources less requirement is -£26m (002 Appendix 3).
    expect(data.funding.years.find((y: { year: string }) => y.year === '2006/07').gapPence).toBe(-2_600_000_000);
    const precept = data.funding.lines.find((l: { lineId: string }) => l.lineId === 'precept-2006-07');
    expect(precept).toMatchObject({ amountPence: 3_100_000_000, source: 'precept', citation: expect.stringContaining('Appendix 3') });
    const rows = (await pack({ table: 'funding' }, 'csv').expect(200)).body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('year,kind,source,label,lineId,amount,amountPence,proposalId,citation');
    expect(rows.find((r: string) => r.startsWith('2006/07,Gap,'))).toContain(',-26000000.00,-2600000000,');
    const performance = (await pack({ table: 'performance' }, 'csv').expect(200)).body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(performance[1]).toContain('Off track');
    expect(performance[1]).toContain('AC Tim Godwin');
    const { pages } = await pdfPages((await pack({}, 'pdf').expect(200)).body as Buffer);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Off track');
    expect(all).toContain('-£26m');
  }, 30_000);

  it('CSV money: pounds to the penny, the pence kept beside them', async () => {
    const data = JSON.parse((await pack({}).expect(200)).body.toString('utf8'));
    const money = data.benefits.find((b: { unit: string; target: number }) => b.unit === 'GBP-pence' && b.target % 100 === 0 && b.target > 0);
    expect(money).toBeDefined();
    const lines = (await pack({ table: 'benefits' }, 'csv').expect(200)).body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    const line = lines.find((l: string) => l.startsWith(`${money.benefitId},`))!;
    // The money benefit's cells end the line (no comma in them): target in pounds, and in pence.
    const cells = line.split(',').slice(-header.length + 2);
    const at = (key: string) => cells[header.indexOf(key) - 2];
    expect({ target: at('target'), pence: at('targetPence'), unit: at('unit') }).toEqual({ target: (money.target / 100).toFixed(2), pence: String(money.target), unit: 'Pounds' });
  });

  it('the PDF speaks the committee\'s language: no internal codes, no UUIDs, no command line; What never repeats Why', async () => {
    const { pages } = await pdfPages((await pack({}, 'pdf').expect(200)).body as Buffer);
    const all = pages.join('\n');
    for (const code of ['in-delivery', 'amber-green', 'GBP-pence', 'unrated', 'npm run', 'cli -- verify', 'ProposalAgreed']) {
      expect({ code, found: all.includes(code) }).toEqual({ code, found: false });
    }
    expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(all).toMatch(/£\d[\d,.]*m?/);
    expect(all).toContain('verify-pack');
    expect(all).toContain('tools/verify-pack/README.md');
    const data = JSON.parse((await pack({}).expect(200)).body.toString('utf8'));
    const changes = packTables(data).find((t) => t.name === 'changes')!;
    const withReason = changes.rows.filter((r) => r.reason);
    expect(withReason.length).toBeGreaterThan(0);
    for (const row of withReason) expect({ what: row.sentence, why: row.reason, repeats: String(row.sentence).includes(String(row.reason)) }).toMatchObject({ repeats: false });
  }, 30_000);

  it('decisions taken in the period include the Authority\'s agreement of proposals (the seed: 29 September 2005)', async () => {
    const query = { meeting: '2005-09-30', previous: '2005-09-28', basis: 'business' };
    const data = JSON.parse((await pack(query).expect(200)).body.toString('utf8'));
    const agreed = data.changes.events.filter((e: { type: string }) => e.type === 'ProposalAgreed');
    expect(agreed.length).toBeGreaterThan(0);
    const decisions = packTables(data).find((t) => t.name === 'decisions')!;
    expect(decisions.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ decisionDate: '2005-09-29', forum: 'The Authority', subject: 'Safer Neighbourhoods', outcome: 'Agreed', minuteReference: expect.stringContaining('MPA 29/09/2005') }),
      ]),
    );
    const { pages } = await pdfPages((await pack(query, 'pdf').expect(200)).body as Buffer);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    const section = all.slice(all.indexOf('Decisions taken in the period'));
    expect(section).not.toMatch(/^Decisions taken in the period None\./);
    expect(section).toContain('Safer Neighbourhoods');
    expect(section).toContain('The Authority');
  }, 30_000);

  it('refuses what it cannot build: bad dates, previous after meeting, unknown programme or head', async () => {
    await pack({ meeting: 'next tuesday' }).expect(400);
    await pack({ previous: '2099-01-01' }).expect(400);
    await pack({}, 'docx').expect(400);
    await t.http.get('/programmes/nowhere/committee-pack').set(committee()).query({ meeting: today }).expect(404);
    const unknownHead = await pack({ head: 999_999 }).expect(404);
    expect(JSON.parse(unknownHead.body.toString('utf8')).code).toBe('CHAIN_POSITION_UNKNOWN');
    // Before the programme existed in the log there is no pack.
    await pack({ meeting: '2000-01-01', previous: '1999-12-01' }).expect(404);
  });
});
