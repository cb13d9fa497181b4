/**
 * House style: small files named for what they do, none over 300 lines (issue 11, "Done when"). Every `.ts`
 * file of the source folders is counted; a file over the limit is split by idea, or, while a split is
 * pending, listed in `OVER_LIMIT` with the reason and who removes the entry.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/process.js';

/** Most lines a source file may have. */
const MAX_LINES = 300;
/** The source folders (those that exist): everything but tests, benchmarks and data. */
const SOURCE_DIRS = ['coach', 'server', 'db', 'cli', 'bots', 'voice'];

/**
 * Files over the limit today whose split is someone else's, path → why. Remove an entry once its file is
 * split; the test fails when an entry is no longer over the limit, so the list cannot go stale.
 */
const OVER_LIMIT: Readonly<Record<string, string>> = {};

/** Lines of a text as `wc -l` counts them for a file ending in a newline (a last line without one counts). */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Every `.ts` file under `dirs` of `root` (those that exist), with its line count; paths relative, `/`-separated. */
function tsFiles(root: string, dirs: readonly string[]): { path: string; lines: number }[] {
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) =>
          join(e.parentPath, e.name)
            .slice(root.length)
            .replace(/^[/\\]+/, '')
            .replaceAll('\\', '/'),
        ),
    )
    .map((path) => ({ path, lines: lineCount(readFileSync(join(root, path), 'utf8')) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The files over `MAX_LINES` not in `allowed`, as `path (lines)`. */
function tooLong(root: string, allowed: Readonly<Record<string, string>>): string[] {
  return tsFiles(root, SOURCE_DIRS)
    .filter((f) => f.lines > MAX_LINES && !Object.hasOwn(allowed, f.path))
    .map((f) => `${f.path} (${f.lines})`);
}

describe('no source file over 300 lines', () => {
  it('holds for every .ts file of coach/, server/, db/, cli/, bots/ and voice/', () => {
    expect(tooLong(ROOT, OVER_LIMIT)).toEqual([]);
  });

  it('lists in the allow-list only files that exist and are still over the limit', () => {
    const lines = new Map(tsFiles(ROOT, SOURCE_DIRS).map((f) => [f.path, f.lines]));
    const stale = Object.keys(OVER_LIMIT).filter((path) => (lines.get(path) ?? 0) <= MAX_LINES);
    expect(stale).toEqual([]);
  });

  it('counts the source folders (the check is not vacuous)', () => {
    const files = tsFiles(ROOT, SOURCE_DIRS);
    expect(files.some((f) => f.path === 'coach/rules/plan/build-plan.ts')).toBe(true);
    expect(files.some((f) => f.path.startsWith('server/'))).toBe(true);
  });

  describe('on a tree of its own', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const tree = (files: Record<string, string>): string => {
      const dir = mkdtempSync(join(tmpdir(), 'runloop-size-'));
      dirs.push(dir);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(dir, dirname(path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return dir;
    };
    const lines = (n: number) => 'export const x = 1;\n'.repeat(n);

    it('refuses a nested file of 301 lines, allows 300, and ignores tests and non-.ts files', () => {
      const dir = tree({
        'coach/rules/plan/long.ts': lines(301),
        'coach/ok.ts': lines(300),
        'voice/notes.md': lines(400),
        'test/big.test.ts': lines(400),
      });
      expect(tooLong(dir, {})).toEqual(['coach/rules/plan/long.ts (301)']);
      expect(tooLong(dir, { 'coach/rules/plan/long.ts': 'pending' })).toEqual([]);
    });

    it('counts a last line without a newline', () => {
      expect(lineCount('a\nb')).toBe(2);
      expect(lineCount('a\nb\n')).toBe(2);
      expect(lineCount('')).toBe(0);
    });
  });
});
