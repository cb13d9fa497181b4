#!/usr/bin/env node
// `npx runloop …`: runs the compiled CLI from dist/ (built first when missing or older than the sources, as
// `npm start` does); when dist/ cannot be built (e.g. a read-only install), the TypeScript through tsx.
import { ensureBuild } from './build.js';

/** @returns {Promise<typeof import('../cli/index.ts')>} */
async function loadCli() {
  try {
    await ensureBuild((line) => process.stderr.write(`${line}\n`));
    return await import('../dist/cli/index.js');
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../cli/index.ts');
  }
}

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
