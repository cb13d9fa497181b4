/**
 * The dependency direction and the purity of coach/rules are enforced by lint (eslint.config.js) and by
 * dependency-cruiser (.dependency-cruiser.cjs); these tests show that a violation actually fails them.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/process.js';

const run = promisify(execFile);

describe('eslint purity rules for coach/rules', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (code: string, filePath = 'coach/rules/example.ts') => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    return result?.messages.map((m) => m.ruleId) ?? [];
  };

  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ["import { z } from 'zod';\nexport const x = z;", 'no-restricted-imports'],
    ['export const today = () => new Date();', 'no-restricted-syntax'],
    ['export const now = () => Date.now();', 'no-restricted-syntax'],
    ['export const dice = () => Math.random();', 'no-restricted-syntax'],
    ['export const env = () => process.env.HOME;', 'no-restricted-syntax'],
    ["export const load = () => import('./other.js');", 'no-restricted-syntax'],
  ])('refuses %j', async (code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('allows pure code, dates built from arguments, and relative imports', async () => {
    const code =
      "import { ok } from '../result.js';\nexport const day = (ms: number) => ok(new Date(ms).toISOString().slice(0, 10));\n";
    expect(await lint(code)).toEqual([]);
  });

  it('does not apply the purity rules outside coach/rules', async () => {
    expect(
      await lint("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'db/example.ts'),
    ).toEqual([]);
  });
});

describe('dependency-cruiser direction rules', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** Lays out a tiny tree and runs the project's depcruise config over it. */
  async function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'runloop-deps-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
    );
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const bin = join(ROOT, 'node_modules/.bin/depcruise');
    try {
      const roots = [...new Set(Object.keys(files).map((path) => path.split('/')[0] ?? path))];
      const { stdout } = await run(bin, ['--config', join(ROOT, '.dependency-cruiser.cjs'), ...roots], {
        cwd: dir,
      });
      return { code: 0, output: stdout };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  }

  it('fails when a file under coach/rules imports node:fs', async () => {
    const result = await cruise({
      'coach/rules/paces.ts': "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('rules-are-pure');
  });

  it('fails when coach/ imports db/', async () => {
    const result = await cruise({
      'db/client.ts': 'export const db = 1;\n',
      'coach/log-run.ts': "import { db } from '../db/client.js';\nexport const x = db;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('core-not-adapters');
  });

  describe('inside coach/: orchestrator → use cases → turn vocabulary → model/ports → prompts → rules', () => {
    const mod = (name: string) => `export const ${name} = 1;\n`;
    const uses = (from: string, name: string) =>
      `import { ${name} } from '${from}';\nexport const y = ${name};\n`;

    it.each([
      ['coach/use-cases/log-run.ts', '../conversation/handle-message.js'],
      ['coach/onboarding/onboard.ts', '../conversation/route.js'],
      ['coach/turn/turn.ts', '../conversation/handle-message.js'],
      ['coach/turn/turn.ts', '../channel.js'],
    ])('fails when %s imports the orchestrator (%s)', async (file, target) => {
      const result = await cruise({
        'coach/conversation/handle-message.ts': mod('handle'),
        'coach/conversation/route.ts': mod('handle'),
        'coach/channel.ts': mod('handle'),
        [file]: uses(target, 'handle'),
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('coach-orchestrator-on-top');
    });

    it.each([
      ['coach/turn/events.ts', '../use-cases/log-run.js'],
      ['coach/turn/clarify.ts', '../adaptation/apply.js'],
      ['coach/model/runner-state.ts', '../onboarding/draft.js'],
      ['coach/ports/clock.ts', '../onboarding/onboard.js'],
      ['coach/model/athlete.ts', '../use-cases/log-run.js'],
    ])('fails when %s imports a use case (%s)', async (file, target) => {
      const result = await cruise({
        'coach/use-cases/log-run.ts': mod('useCase'),
        'coach/adaptation/apply.ts': mod('useCase'),
        'coach/onboarding/onboard.ts': mod('useCase'),
        'coach/onboarding/draft.ts': mod('useCase'),
        [file]: uses(target, 'useCase'),
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('coach-use-cases-over-turn');
    });

    it.each([
      ['coach/model/athlete.ts', '../turn/events.js'],
      ['coach/ports/repositories.ts', '../turn/turn.js'],
    ])('fails when %s imports the turn vocabulary (%s)', async (file, target) => {
      const result = await cruise({
        'coach/turn/events.ts': mod('turn'),
        'coach/turn/turn.ts': mod('turn'),
        [file]: uses(target, 'turn'),
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('coach-turn-over-model');
    });

    it('passes the layers pointing inward', async () => {
      const result = await cruise({
        'coach/rules/vdot.ts': mod('vdot'),
        'coach/prompts/words.ts': uses('../rules/vdot.js', 'vdot'),
        'coach/model/athlete.ts': uses('../prompts/words.js', 'y'),
        'coach/turn/turn.ts': uses('../model/athlete.js', 'y'),
        'coach/model/conversation-state.ts': uses('./athlete.js', 'y'),
        'coach/use-cases/log-run.ts': uses('../turn/turn.js', 'y'),
        'coach/conversation/extraction-phrase.ts': uses('../prompts/words.js', 'y'),
        'coach/conversation/handle-message.ts': uses('../use-cases/log-run.js', 'y'),
        'coach/channel.ts': uses('./conversation/handle-message.js', 'y'),
      });
      expect(result.output).not.toContain('error');
      expect(result.code).toBe(0);
    });
  });

  it('passes a tree that points inward', async () => {
    const result = await cruise({
      'coach/rules/vdot.ts': 'export const vdot = 50;\n',
      'coach/today.ts': "import { vdot } from './rules/vdot.js';\nexport const t = vdot;\n",
      'db/repo.ts': "import { t } from '../coach/today.js';\nexport const r = t;\n",
    });
    expect(result.output).not.toContain('error');
    expect(result.code).toBe(0);
  });
});
