// Summarises a V8 .cpuprofile: the functions with the most self time, and the time per package
// (self, and inclusive: samples with at least one frame of the package on the stack).
//
//   node bench/profile-summary.mjs bench/.work/api-scenario-1.cpuprofile [--top=25]

import { readFileSync } from 'node:fs';

const SPECIAL = new Set(['(garbage collector)', '(idle)', '(program)', '(root)']);

/** Where a frame comes from: a package, the Relais API, Node's internals, or V8 itself. */
export function origin(callFrame) {
  const { url, functionName } = callFrame;
  if (SPECIAL.has(functionName)) return functionName;
  if (!url) return '(native / V8)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) {
    const m = /^node:(?:internal\/)?([a-z_]+)/.exec(url);
    return `node:${m ? m[1] : 'internal'}`;
  }
  if (url.includes('/libs/domain/')) return '@relais/domain';
  if (url.includes('/apps/api/src/')) return 'relais api';
  if (url.includes('/bench/')) return 'bench';
  return url;
}

function shortUrl(url) {
  if (!url) return '';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const api = url.indexOf('/apps/api/src/');
  if (api >= 0) return url.slice(api + 1);
  return url.replace(/^file:\/\//, '');
}

export function summarize(profile, { top = 25 } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // time of each sample: the delta until the next one
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  const selfByNode = new Map();
  const inclusiveByOrigin = new Map();
  let total = 0;
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms
    const id = samples[i];
    total += dt;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + dt);
    const node = nodes.get(id);
    if (node.callFrame.functionName === '(idle)') continue;
    busy += dt;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const o = origin(nodes.get(cur).callFrame);
      if (o === '(root)' || seen.has(o)) continue;
      seen.add(o);
      inclusiveByOrigin.set(o, (inclusiveByOrigin.get(o) ?? 0) + dt);
    }
  }
  const byFunction = new Map();
  const selfByOrigin = new Map();
  for (const [id, ms] of selfByNode) {
    const { callFrame } = nodes.get(id);
    const key = `${callFrame.functionName || '(anonymous)'}  ${shortUrl(callFrame.url)}${
      callFrame.url ? `:${callFrame.lineNumber + 1}` : ''
    }`;
    const o = origin(callFrame);
    const entry = byFunction.get(key) ?? { function: key, origin: o, ms: 0 };
    entry.ms += ms;
    byFunction.set(key, entry);
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + ms);
  }
  const pct = (ms) => (busy ? (100 * ms) / busy : 0);
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    busyMs: busy,
    idleMs: total - busy,
    functions: [...byFunction.values()]
      .filter((f) => f.origin !== '(idle)')
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, pct: pct(f.ms) })),
    selfByOrigin: sorted(selfByOrigin)
      .filter(([o]) => o !== '(idle)')
      .map(([o, ms]) => ({ origin: o, ms, pct: pct(ms) })),
    inclusiveByOrigin: sorted(inclusiveByOrigin).map(([o, ms]) => ({
      origin: o,
      ms,
      pct: pct(ms),
    })),
  };
}

export function formatSummary(summary, { topOrigins = 15 } = {}) {
  const lines = [];
  const f1 = (x) => x.toFixed(1);
  lines.push(
    `CPU busy ${f1(summary.busyMs / 1000)} s of ${f1(summary.totalMs / 1000)} s sampled (idle ${f1(
      (100 * summary.idleMs) / summary.totalMs,
    )} %); percentages are of busy time.`,
  );
  lines.push('', 'Top self time by function:');
  for (const f of summary.functions) {
    lines.push(`  ${f1(f.pct).padStart(5)} %  ${f.function}`);
  }
  lines.push('', 'Self time by package:');
  for (const o of summary.selfByOrigin.slice(0, topOrigins)) {
    lines.push(`  ${f1(o.pct).padStart(5)} %  ${o.origin}`);
  }
  lines.push('', 'Inclusive time by package (on the stack; Node internals left out):');
  const packages = summary.inclusiveByOrigin.filter(
    (o) => !o.origin.startsWith('node:') && !o.origin.startsWith('('),
  );
  for (const o of packages.slice(0, topOrigins)) {
    lines.push(`  ${f1(o.pct).padStart(5)} %  ${o.origin}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number((process.argv.find((a) => a.startsWith('--top=')) ?? '--top=25').slice(6));
  if (!file) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top=25]');
    process.exit(2);
  }
  console.log(formatSummary(summarize(JSON.parse(readFileSync(file, 'utf8')), { top })));
}
