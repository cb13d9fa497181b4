/** Files that appear whole (db/lock-file.ts): create once, replace by rename, remove only if unchanged. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileWhole, readTextIfAny, removeUnlessChanged, replaceFileWhole } from '../../db/lock-file.js';

const dir = mkdtempSync(join(tmpdir(), 'runloop-lockfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lock files', () => {
  it('creates a file once with its content, and leaves no temporary file', () => {
    const path = join(dir, 'a.lock');
    expect(createFileWhole(path, 'first', `${path}.1.tmp`)).toBe(true);
    expect(createFileWhole(path, 'second', `${path}.2.tmp`)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['a.lock']);
    expect(replaceFileWhole(path, 'third', `${path}.3.tmp`)).toBe(true);
    expect(readTextIfAny(path)).toBe('third');
    expect(replaceFileWhole(join(dir, 'missing', 'b.lock'), 'x', join(dir, 'missing', 'b.tmp'))).toBe(false);
  });

  it('removes a file that still holds what was read, and puts back one replaced meanwhile', () => {
    const path = join(dir, 'c.lock');
    writeFileSync(path, 'stale');
    removeUnlessChanged(path, 'stale', `${path}.aside`);
    expect(readTextIfAny(path)).toBeUndefined();
    writeFileSync(path, 'fresh');
    removeUnlessChanged(path, 'stale', `${path}.aside`);
    expect(readTextIfAny(path)).toBe('fresh');
    removeUnlessChanged(join(dir, 'none.lock'), 'stale', join(dir, 'none.aside'));
    expect(readdirSync(dir).filter((f) => f.includes('aside'))).toEqual([]);
  });
});
