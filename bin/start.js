#!/usr/bin/env node
/**
 * The production start (`npm start`): builds `dist/` when it is missing or older than the sources (see
 * `build.js`), then runs the compiled service in this same process, so signals reach the server itself.
 */
import { ensureBuild } from './build.js';

try {
  await ensureBuild((line) => process.stderr.write(`${line}\n`));
} catch (error) {
  process.stderr.write(
    `runloop: could not build dist/ (${error instanceof Error ? error.message : String(error)})\n`,
  );
  process.exit(1);
}
await import('../dist/server/main.js');
