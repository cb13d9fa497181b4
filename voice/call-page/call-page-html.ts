/**
 * The call page as HTML: today's session and the "Call my coach" button, or, for a link that does not
 * open it, the reason. Every runner-facing line comes from coach/prompts (`CALL_PAGE_WORDS`) or the
 * worded session, and every one is escaped here; the script reads its lines from a JSON block.
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

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d2433; }
main { max-width: 32rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1rem; margin: 0 0 0.5rem; color: #4a5468; }
.session { white-space: pre-line; background: #fff; border-radius: 0.75rem; padding: 1rem; margin: 0 0 1.5rem; }
button { font-size: 1.25rem; width: 100%; padding: 1rem; border: 0; border-radius: 0.75rem; cursor: pointer; }
#call-button { background: #1a7f37; color: #fff; }
#hangup-button { background: #cf222e; color: #fff; margin-top: 0.75rem; }
button:disabled { opacity: 0.6; cursor: default; }
#call-status, #call-problem { margin-top: 1rem; font-size: 1.05rem; }
`;

function page(title: string, state: string, body: string, scripts: readonly string[] = []): string {
  const tags = scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body data-call-state="${escapeHtml(state)}">
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
${tags}
</body>
</html>
`;
}

export interface CallPageView {
  readonly words: CallPageWords;
  /** Today's session, worded (one paragraph per reply). */
  readonly today: readonly string[];
  /** The SDK bundle and the page's script, in load order. */
  readonly scripts: readonly string[];
}

/** The page with today's session and the call button. */
export function renderCallPage(view: CallPageView): string {
  const { words } = view;
  const session = view.today.map((text) => `<p class="session">${escapeHtml(text)}</p>`).join('\n');
  const body = `<section id="today">
<h2>${escapeHtml(words.todayHeading)}</h2>
${session}
</section>
<button id="call-button" type="button">${escapeHtml(words.button)}</button>
<button id="hangup-button" type="button" hidden>${escapeHtml(words.hangUp)}</button>
<p id="call-status" role="status" aria-live="polite">${escapeHtml(words.status.ready)}</p>
<script type="application/json" id="call-page-words">${jsonForScript(words.status)}</script>`;
  return page(words.title, 'ready', body, view.scripts);
}

/** The page for a link that does not open it: the reason, with its code for scripts and tests. */
export function renderCallProblem(words: CallPageWords, code: string, message: string): string {
  const body = `<p id="call-problem" role="alert" data-code="${escapeHtml(code)}">${escapeHtml(message)}</p>`;
  return page(words.title, 'problem', body);
}
