/**
 * The call page as HTML: today's session and the "Call my coach" button, or, for a link that does not
 * open it, the reason. Every runner-facing line comes from coach/prompts (`CALL_PAGE_WORDS`) or the
 * worded session. The `html` tag escapes every value put into the markup, so nothing can be left
 * unescaped by mistake; the script reads its lines from a JSON block that cannot close its tag.
 */
import type { CallPageWords } from '../../coach/prompts/templates/call-page-words.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside `<script type="application/json">`: no `<` (so no `</script>`), no U+2028/2029. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Markup that is already safe: made only by the `html` tag. */
export interface SafeHtml {
  readonly __html: string;
}

type HtmlValue = string | number | SafeHtml | readonly SafeHtml[];

const isSafe = (value: unknown): value is SafeHtml =>
  typeof value === 'object' && value !== null && '__html' in value;

/**
 * Markup with every interpolated value escaped; `SafeHtml` (and arrays of it) go in as they are.
 *
 * @example html`<p>${'a < b'}</p>`.__html // → '<p>a &lt; b</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const inserted = Array.isArray(value)
      ? value.map((v: SafeHtml) => v.__html).join('\n')
      : isSafe(value)
        ? value.__html
        : escapeHtml(String(value));
    out += inserted + (strings[i + 1] ?? '');
  });
  return { __html: out };
}

/** Where the page's files are served (pinned, hashed paths). */
export interface CallPageFiles {
  readonly stylesheet: string;
  /** The SDK bundle and the page's script, in load order. */
  readonly scripts: readonly string[];
}

function page(title: string, state: string, files: CallPageFiles, body: SafeHtml, scripts: boolean): string {
  const tags = scripts ? files.scripts.map((src) => html`<script src="${src}"></script>`) : [];
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title}</title>
        <link rel="stylesheet" href="${files.stylesheet}" />
      </head>
      <body data-call-state="${state}">
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
        ${tags}
      </body>
    </html> `.__html;
}

export interface CallPageView {
  readonly words: CallPageWords;
  /** Today's session, worded (one paragraph per reply). */
  readonly today: readonly string[];
  readonly files: CallPageFiles;
}

/** The page with today's session and the call button. */
export function renderCallPage(view: CallPageView): string {
  const { words } = view;
  const session = view.today.map((text) => html`<p class="session">${text}</p>`);
  const body = html`<section id="today">
      <h2>${words.todayHeading}</h2>
      ${session}
    </section>
    <button id="call-button" type="button">${words.button}</button>
    <button id="hangup-button" type="button" hidden>${words.hangUp}</button>
    <p id="call-status" role="status" aria-live="polite">${words.status.ready}</p>
    <script type="application/json" id="call-page-words">
      ${{ __html: jsonForScript(words.status) }}
    </script>`;
  return page(words.title, 'ready', view.files, body, true);
}

/** The page for a link that does not open it: the reason, with its code for scripts and tests; no script. */
export function renderCallProblem(
  words: CallPageWords,
  files: CallPageFiles,
  code: string,
  message: string,
): string {
  const body = html`<p id="call-problem" role="alert" data-code="${code}">${message}</p>`;
  return page(words.title, 'problem', files, body, false);
}
