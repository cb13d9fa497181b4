/**
 * Finds sentence-like string literals in TypeScript source (the words a runner would read), for the
 * "words only in coach/prompts" check. Comments and JSDoc are not literals; imports, tagged templates
 * (`String.raw` regex sources), `throw new Error(…)` invariant messages and log lines
 * (`log.info(fields, '…')`: an operator's, never a runner's) are skipped. A template's `${…}` parts count as one word.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A letter word followed by at least three more words: "Weekly km must be 0–300." */
const WORDS = /[A-Za-z][a-z'’]*(?:[ ,;:—–-]+[A-Za-z0-9'’%/]+){3,}/;
/** At least two lower-case words in a row (not a code list such as "MON TUE WED THU"). */
const PROSE = /[a-z]{2,}\s+[a-z]{2,}/;

/**
 * Whether a literal's text reads like a sentence or phrase for people.
 *
 * @example
 * isSentenceLike('Weekly km must be 0–300.'); // true
 * isSentenceLike('INVALID_VOLUME'); // false
 */
export function isSentenceLike(text: string): boolean {
  return WORDS.test(text) && PROSE.test(text) && !/^[\\^(]/.test(text);
}

const isThrownError = (n: ts.Node): boolean => {
  let p: ts.Node | undefined = n.parent;
  while (p !== undefined && !ts.isSourceFile(p)) {
    if (ts.isThrowStatement(p)) return true;
    if (ts.isFunctionLike(p)) return false;
    p = p.parent;
  }
  return false;
};

/** Logger methods: their message is for whoever runs the service. */
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

const isLogCall = (n: ts.Node): boolean =>
  ts.isCallExpression(n) &&
  ts.isPropertyAccessExpression(n.expression) &&
  LOG_METHODS.has(n.expression.name.text);

/** The sentence-like literals of one source text. */
export function sentenceLiterals(source: string, fileName = 'file.ts'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isThrowStatement(n) || isLogCall(n)) return;
    let text: string | undefined;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateExpression(n))
      text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' X ');
    if (text !== undefined && !isThrownError(n)) {
      if (isSentenceLike(text)) out.push(text);
      if (ts.isTemplateExpression(n)) n.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every `.ts` file under `dir` (relative to `root`). */
export function sourceFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) return sourceFiles(root, relative(root, p));
    return p.endsWith('.ts') ? [relative(root, p)] : [];
  });
}

/** Sentence-like literals per folder (the file's directory, relative to `root`). */
export function sentencesByFolder(root: string, dirs: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const dir of dirs)
    for (const file of sourceFiles(root, dir)) {
      const found = sentenceLiterals(readFileSync(join(root, file), 'utf8'), file);
      if (found.length === 0) continue;
      const folder = file.slice(0, file.lastIndexOf('/'));
      (out[folder] ??= []).push(...found.map((s) => `${file}: ${s}`));
    }
  return out;
}
