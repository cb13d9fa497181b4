/**
 * `npm run bench`: runs every suite in bench/suites (or those named on the command line) and prints
 * markdown sections with figures and ratios to a baseline measured in the same run. Copy the output into
 * bench/RESULTS.md when figures change.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import type { BenchSuite } from './measure.js';

const dir = new URL('./suites/', import.meta.url);
const wanted = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
console.log(
  `# runloop benchmarks\n\nNode ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
);
let ran = 0;
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const suite = (await import(new URL(file, dir).href)).default as BenchSuite;
  console.log(`## ${suite.title}\n`);
  console.log(await suite.run());
  console.log('');
  ran++;
}
if (ran === 0) console.log('No benchmark suites matched.');
