/**
 * The production build (`bin/build.js`): every source folder compiled file by file into `dist/` with the
 * same tree, the files the modules read beside them (migrations, the call page's browser files), and a
 * stamp that makes a changed, added or removed source mean "stale".
 */
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedMigrations } from '../../db/migrate.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../helpers/process.js';
import { DIST, ROOT, ensureBuild, isStale, sourceFiles } from '../../bin/build.js';

describe('the production build', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  beforeAll(async () => {
    await ensureBuild();
  }, PROCESS_TEST_TIMEOUT_MS);

  it('compiles every TypeScript source to dist/ at the same path, and copies every other file', () => {
    const files = sourceFiles();
    expect(files).toContain('server/main.ts');
    expect(files).toContain('db/migrations/meta/_journal.json');
    expect(files.some((f) => f.endsWith('.md'))).toBe(false);
    for (const file of files) {
      const built = file.endsWith('.ts') ? file.replace(/\.ts$/, '.js') : file;
      expect(existsSync(join(DIST, built)), built).toBe(true);
    }
    expect(readFileSync(join(DIST, 'voice/call-page/browser/call-page.js'))).toEqual(
      readFileSync(join(ROOT, 'voice/call-page/browser/call-page.js')),
    );
  });

  it('resolves paths relative to its modules inside dist/ (migrations, call-page files)', async () => {
    const migrate = (await import(pathToFileURL(join(DIST, 'db/migrate.js')).href)) as {
      MIGRATIONS_FOLDER: string;
      shippedMigrations: () => unknown[];
    };
    expect(migrate.MIGRATIONS_FOLDER).toBe(join(DIST, 'db/migrations'));
    expect(migrate.shippedMigrations()).toEqual(shippedMigrations());
    const assets = (await import(pathToFileURL(join(DIST, 'voice/call-page/call-page-assets.js')).href)) as {
      loadCallPageAssets: () => { script: { body: Buffer }; sdk: { body: Buffer } };
    };
    const loaded = assets.loadCallPageAssets();
    expect(loaded.script.body).toEqual(readFileSync(join(ROOT, 'voice/call-page/browser/call-page.js')));
    expect(loaded.sdk.body.length).toBeGreaterThan(0);
  });

  it('is stale once a source changes, and fresh again after ensureBuild', async () => {
    expect(isStale()).toBe(false);
    const file = join(ROOT, 'coach/rules/README.md');
    const source = join(ROOT, 'server/stop-signals.ts');
    const touch = (path: string) => {
      const { atime, mtime } = statSync(path);
      utimesSync(path, atime, new Date(mtime.getTime() + 1000));
    };
    // A README is not part of the build; a source is.
    touch(file);
    expect(isStale()).toBe(false);
    touch(source);
    expect(isStale()).toBe(true);
    expect(await ensureBuild()).toBe(true);
    expect(isStale()).toBe(false);
    expect(await ensureBuild()).toBe(false);
  });
});
