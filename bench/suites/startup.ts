/**
 * Start-up: time from spawning the service (as `npm start` does) to the first 200 on /health, on a fresh
 * embedded database (migrations included) and on an existing one. Baseline: spawning a bare `node -e ""`.
 * Target (issue: service foundation): /health answers within 10 s on a fresh clone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchSuite } from '../measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function timeSpawn(args: string[], env: Record<string, string>, untilHealthy: boolean): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    if (!untilHealthy) {
      child.once('exit', () => resolve(performance.now() - t0));
      return;
    }
    let out = '';
    child.stdout.on('data', async (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Server listening at (http:\/\/[\d.:]+)/.exec(out);
      if (!match) return;
      child.stdout.removeAllListeners('data');
      const res = await fetch(`${match[1]}/health`);
      const ms = performance.now() - t0;
      child.kill('SIGTERM');
      child.once('exit', () =>
        res.status === 200 ? resolve(ms) : reject(new Error(`health ${res.status}`)),
      );
    });
    child.once('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const suite: BenchSuite = {
  title: 'Start-up to first healthy response (embedded database)',
  async run() {
    const runs = 3;
    const baseline: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      baseline.push(await timeSpawn(['-e', ''], {}, false));
      const dir = mkdtempSync(join(tmpdir(), 'runloop-bench-'));
      try {
        cold.push(await timeSpawn(['--import', 'tsx', 'server/main.ts'], { DATA_DIR: dir }, true));
        warm.push(await timeSpawn(['--import', 'tsx', 'server/main.ts'], { DATA_DIR: dir }, true));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const b = median(baseline);
    const line = (name: string, ms: number) => `| ${name} | ${ms.toFixed(0)} | ${(ms / b).toFixed(1)}× |`;
    return [
      `Median of ${runs} runs. Target: /health answers within 10 000 ms.`,
      '',
      '| what | ms | vs baseline |',
      '|---|---|---|',
      `| baseline: spawn \`node -e ""\` | ${b.toFixed(0)} | 1.0× |`,
      line('fresh data dir (creates and migrates the database)', median(cold)),
      line('existing data dir', median(warm)),
    ].join('\n');
  },
};

export default suite;
