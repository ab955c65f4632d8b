// Summarises a V8 .cpuprofile (node --cpu-prof, or BENCH_HTTP_PROFILE in http.ts): self time
// by package (a node_modules package, the repo's own directory, node's internals, GC, idle)
// and by function. `node dist/bench/profile-summary.js <file.cpuprofile> [top=25]`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileShare {
  key: string;
  ms: number;
  share: number;
}

/** Where a frame's code lives: `pkg` for node_modules/pkg (scoped kept), `apps/api/auth` for ours, `node:internal`, or the V8 pseudo-frame. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = /\/dist\/((?:apps|libs|bench)\/[^/]+(?:\/[^/]+)?)\//.exec(url) ?? /\/((?:apps|libs|bench)\/[^/]+(?:\/[^/]+)?)\//.exec(url);
  return m ? m[1] : url.replace(/^file:\/\//, '');
}

/** Self time per package and per function (ms and share of all samples, idle included). */
export function summarise(profile: CpuProfile): { totalMs: number; busyMs: number; byPackage: ProfileShare[]; byFunction: ProfileShare[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { callFrame: f } = byId.get(id)!;
    total += us;
    if (f.functionName === '(idle)') idle += us;
    const p = packageOf(f.url, f.functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
    const file = f.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, '').replace(/^file:\/\//, '');
    const key = f.url ? `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}` : f.functionName;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m].map(([key, us]) => ({ key, ms: us / 1000, share: us / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, busyMs: (total - idle) / 1000, byPackage: rank(pkg), byFunction: rank(fn) };
}

/** Markdown tables of the top entries (shares of the busy time, idle left out). */
export function formatSummary(s: ReturnType<typeof summarise>, top = 25): string {
  const busy = (e: ProfileShare) => e.key !== '(idle)';
  const pct = (ms: number) => `${((100 * ms) / s.busyMs).toFixed(1)}%`;
  const lines = [`sampled ${(s.totalMs / 1000).toFixed(1)} s, busy ${(s.busyMs / 1000).toFixed(1)} s (${((100 * s.busyMs) / s.totalMs).toFixed(0)}%)`, ''];
  lines.push('| package / place | self ms | of busy |', '|---|---:|---:|');
  for (const e of s.byPackage.filter(busy).slice(0, top)) lines.push(`| ${e.key} | ${e.ms.toFixed(0)} | ${pct(e.ms)} |`);
  lines.push('', '| function | self ms | of busy |', '|---|---:|---:|');
  for (const e of s.byFunction.filter(busy).slice(0, top)) lines.push(`| \`${e.key.replace(/\|/g, '\\|')}\` | ${e.ms.toFixed(0)} | ${pct(e.ms)} |`);
  return lines.join('\n');
}

/** Self time of the functions named `name`, by their callers `depth` frames up (who makes the expensive call). */
export function callersOf(profile: CpuProfile, name: string, depth = 4): ProfileShare[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}@${n.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '')}:${n.callFrame.lineNumber + 1}`;
  const out = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    if (byId.get(id)!.callFrame.functionName !== name) return;
    const chain: string[] = [];
    for (let p = parent.get(id); p !== undefined && chain.length < depth; p = parent.get(p)) chain.push(label(byId.get(p)!));
    const key = chain.join(' < ');
    out.set(key, (out.get(key) ?? 0) + us);
  });
  return [...out].map(([key, us]) => ({ key, ms: us / 1000, share: us / total })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [file, top, callers, depth] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/profile-summary.js <file.cpuprofile> [top] [function name: its callers] [depth]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  if (callers) {
    for (const c of callersOf(profile, callers, Number(depth ?? 4)).slice(0, Number(top ?? 25))) console.log(`${c.ms.toFixed(0).padStart(6)} ms  ${c.key}`);
  } else {
    console.log(formatSummary(summarise(profile), Number(top ?? 25)));
  }
}
