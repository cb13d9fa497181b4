/**
 * `npm run bench:reliability` — the reliability checks on the real server process, on PGlite and on
 * PostgreSQL (skipped, and said so, when PostgreSQL is unreachable): kill -9 trials, one idempotency key
 * sent 20 times at once, 8 concurrent clients on one plan, the export against the database, and a delete.
 * Prints a summary table and exits 1 when any check fails.
 *
 *   npm run bench:reliability -- --trials 50 --seed 7 --db pglite,postgres
 */
import { consistencyChecks, type ConsistencyResult } from './consistency.js';
import { killTrials, type KillTrialsResult } from './kill-trials.js';
import { pgliteTarget, postgresTarget, type Engine, type Target } from './targets.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** mulberry32: a seeded generator, so a run's kill moments can be replayed with its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  readonly check: string;
  readonly expected: string;
  readonly got: Partial<Record<Engine, string>>;
  readonly ok: Partial<Record<Engine, boolean>>;
}

const trials = Number(arg('trials', '50'));
const seed = Number(arg('seed', String(Date.now() % 100000)));
const engines = arg('db', 'pglite,postgres').split(',') as Engine[];
const log = (line: string) => console.error(`[reliability] ${line}`);

const results: Partial<Record<Engine, { kill: KillTrialsResult; consistency: ConsistencyResult }>> = {};
const skipped: string[] = [];
for (const engine of engines) {
  let target: Target;
  if (engine === 'postgres') {
    const pg = await postgresTarget();
    if ('unreachable' in pg) {
      skipped.push(`postgres skipped: unreachable (${pg.unreachable.slice(0, 120)})`);
      continue;
    }
    target = pg;
  } else target = pgliteTarget();
  try {
    const started = Date.now();
    log(`${engine}: ${trials} kill -9 trials, seed ${seed}`);
    const kill = await killTrials(target, trials, seeded(seed), log);
    log(`${engine}: consistency checks`);
    const consistency = await consistencyChecks(target, kill.athleteId);
    results[engine] = { kill, consistency };
    log(`${engine}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await target.cleanup();
  }
}

const rows: Row[] = [];
const add = (check: string, expected: string, pick: (e: Engine) => [string, boolean]) => {
  const got: Partial<Record<Engine, string>> = {};
  const ok: Partial<Record<Engine, boolean>> = {};
  for (const e of Object.keys(results) as Engine[]) [got[e], ok[e]] = pick(e);
  rows.push({ check, expected, got, ok });
};
const k = (e: Engine) => results[e]!.kill;
const c = (e: Engine) => results[e]!.consistency;
add('kill -9 trials', `≥ 50`, (e) => [String(k(e).trials), k(e).trials >= 50]);
add('acknowledged messages', '> 0', (e) => [String(k(e).acknowledged), k(e).acknowledged > 0]);
add('acknowledged and lost', '0', (e) => [String(k(e).lost), k(e).lost === 0]);
add('half-written (activity and key disagree)', '0', (e) => [
  String(k(e).halfWritten),
  k(e).halfWritten === 0,
]);
add('activities stored twice', '0', (e) => [String(k(e).twice), k(e).twice === 0]);
add('failed restarts', '0', (e) => [String(k(e).failedRestarts), k(e).failedRestarts === 0]);
add('answers neither 200 nor duplicate', '0', (e) => [String(k(e).unexpected), k(e).unexpected === 0]);
add('20 concurrent identical keys: stored', '1 / 1 / 1', (e) => {
  const x = c(e);
  return [
    `${x.sameKeyStored} / ${x.sameKeyActivities} / ${x.sameKeyEvents}`,
    x.sameKeyStored === 1 && x.sameKeyActivities === 1 && x.sameKeyEvents === 1,
  ];
});
add('8 concurrent clients: plan versions 1…n', 'contiguous, n > 1', (e) => [
  `${c(e).planVersions} ${c(e).planVersionsContiguous ? 'contiguous' : 'GAP'}`,
  c(e).planVersionsContiguous && c(e).planVersions > 1,
]);
add('export against the database', '0 mismatches', (e) => [
  c(e).exportMismatches.length === 0
    ? `0 (${c(e).exportRowsCompared} rows)`
    : c(e).exportMismatches.join(', '),
  c(e).exportMismatches.length === 0,
]);
add('rows left after delete', '0', (e) => [String(c(e).rowsLeftAfterDelete), c(e).rowsLeftAfterDelete === 0]);
add('audit log after delete', 'the delete alone', (e) => [
  c(e).auditAfterDelete.join(', ') || 'none',
  c(e).auditAfterDelete.length === 1 && c(e).auditAfterDelete[0] === 'delete',
]);

const ran = Object.keys(results) as Engine[];
const header = ['check', 'expected', ...ran];
const table = [
  header,
  ...rows.map((r) => [r.check, r.expected, ...ran.map((e) => `${r.ok[e] ? '✓' : '✗'} ${r.got[e]}`)]),
];
const widths = header.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
const print = (line: string[]) =>
  console.log(`| ${line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`);
console.log(`\nreliability (seed ${seed})`);
print(table[0]!);
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const line of table.slice(1)) print(line);
for (const s of skipped) console.log(s);
const failed = rows.some((r) => ran.some((e) => r.ok[e] === false)) || ran.length === 0;
process.exit(failed ? 1 : 0);
