#!/usr/bin/env node
// @ts-check
/**
 * The production build: every TypeScript file of the service's folders transpiled on its own (esbuild, no
 * bundling, no type check) into `dist/` with the same tree, and every other file there (migrations, the
 * call page's browser files) copied beside it, so a path a module finds relative to itself still resolves.
 *
 * `node bin/build.js` builds; `npm ci` runs it (the `prepare` script); `bin/start.js` and `bin/runloop.js`
 * call `ensureBuild()`, which builds only when `dist/` is missing or was built from other sources. The
 * build is written beside `dist/` and swapped in, so a process never imports a half-written tree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** The folders the service and the CLI run from (bench/ and test/ stay TypeScript, run by tsx). */
export const SOURCE_FOLDERS = ['bots', 'cli', 'coach', 'db', 'server', 'voice'];
const STAMP = 'build-stamp.json';

/** Every file the build reads, as paths relative to the root, sorted (READMEs are not part of it). */
export function sourceFiles() {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.md')) files.push(path);
    }
  };
  SOURCE_FOLDERS.forEach(walk);
  return files.sort();
}

/**
 * What a build was made from: each source's path, size and modification time, this script and the
 * esbuild and tsconfig it used. A different fingerprint (a file edited, added or removed, a checkout)
 * means `dist/` is stale.
 *
 * @param {readonly string[]} files
 */
function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of ['bin/build.js', 'tsconfig.json', 'node_modules/esbuild/package.json']) {
    hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
  }
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(ROOT, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The stamp `dist/` was built with, or undefined when there is no build. */
function builtFingerprint() {
  try {
    return /** @type {{ fingerprint?: string }} */ (JSON.parse(readFileSync(join(DIST, STAMP), 'utf8')))
      .fingerprint;
  } catch {
    return undefined;
  }
}

/** True when `dist/` is missing or was built from other sources than the ones on disk. */
export function isStale() {
  return builtFingerprint() !== fingerprint(sourceFiles());
}

/** Builds `dist/` from the sources on disk, whatever is there now. Resolves with the number of files. */
export async function build() {
  const files = sourceFiles();
  const stamp = fingerprint(files);
  const staging = join(ROOT, `.dist-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  try {
    await esbuild.build({
      entryPoints: files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(ROOT, f)),
      outdir: staging,
      outbase: ROOT,
      bundle: false,
      platform: 'node',
      format: 'esm',
      target: 'node20.19',
      tsconfig: join(ROOT, 'tsconfig.json'),
      sourcemap: 'linked',
      logLevel: 'silent',
    });
  } finally {
    await esbuild.stop();
  }
  for (const file of files.filter((f) => !f.endsWith('.ts'))) {
    await mkdir(join(staging, dirname(file)), { recursive: true });
    await cp(join(ROOT, file), join(staging, file));
  }
  writeFileSync(join(staging, STAMP), `${JSON.stringify({ fingerprint: stamp }, null, 2)}\n`);
  // Another process that started at the same time may have swapped in the same build already.
  if (builtFingerprint() === stamp) rmSync(staging, { recursive: true, force: true });
  else swapIn(staging);
  return files.length;
}

/**
 * Moves the staged build to `dist/`. When another process swapped its own in first (built from the same
 * sources), that one stays and this one is dropped.
 *
 * @param {string} staging
 */
function swapIn(staging) {
  const old = join(ROOT, `.dist-old-${process.pid}`);
  if (existsSync(DIST)) {
    try {
      renameSync(DIST, old);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }
  try {
    renameSync(staging, DIST);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Builds when `dist/` is missing or stale; `say` hears one line when it does.
 *
 * @param {(line: string) => void} [say]
 * @returns {Promise<boolean>} whether it built
 */
export async function ensureBuild(say = () => {}) {
  if (!isStale()) return false;
  const started = performance.now();
  const count = await build();
  say(`runloop: built dist/ from ${count} files in ${Math.round(performance.now() - started)} ms`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = await build();
  process.stdout.write(`runloop: built ${relative(process.cwd(), DIST) || '.'}/ from ${count} files\n`);
}
