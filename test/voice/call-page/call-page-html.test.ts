/** The page's HTML: every runner-facing line escaped, the script's JSON block unable to close its tag. */
import { describe, expect, it } from 'vitest';
import { CALL_PAGE_WORDS } from '../../../coach/prompts/templates/call-page-words.js';
import {
  escapeHtml,
  html,
  jsonForScript,
  renderCallPage,
  renderCallProblem,
} from '../../../voice/call-page/call-page-html.js';

const HOSTILE = `Tempo <script>alert("x")</script> & 'more'`;
const FILES = {
  stylesheet: '/call/call-page-abc.css',
  scripts: ['/call/twilio-voice-1.2.3.min.js', '/call/call-page-abc.js'],
};

describe('the call page HTML', () => {
  it('escapes text for content and attributes', () => {
    expect(escapeHtml(HOSTILE)).toBe(
      'Tempo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;',
    );
  });

  it('the html tag escapes every value and inserts only its own markup as is', () => {
    const inner = html`<b>${HOSTILE}</b>`;
    expect(html`<p title="${HOSTILE}">${inner}</p>`.__html).toBe(
      `<p title="${escapeHtml(HOSTILE)}"><b>${escapeHtml(HOSTILE)}</b></p>`,
    );
    const items = [html`<li>${'<a>'}</li>`, html`<li>${2}</li>`];
    expect(
      html`<ul>
        ${items}
      </ul>`.__html.replace(/\s+/g, ''),
    ).toBe('<ul><li>&lt;a&gt;</li><li>2</li></ul>');
  });

  it('keeps JSON inside a script block from ending it', () => {
    const json = jsonForScript({ line: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ line: '</script><script>alert(1)</script>\u2028' });
  });

  it('renders the session escaped, the labels from coach/prompts and the scripts in order', () => {
    const page = renderCallPage({
      words: CALL_PAGE_WORDS,
      today: [HOSTILE, 'Second line'],
      files: FILES,
    });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain(`<p class="session">${escapeHtml(HOSTILE)}</p>`);
    expect(page).toContain('<p class="session">Second line</p>');
    expect(page).toContain(`<title>${escapeHtml(CALL_PAGE_WORDS.title)}</title>`);
    expect(page).toContain(`>${escapeHtml(CALL_PAGE_WORDS.button)}</button>`);
    expect(page).toContain('<link rel="stylesheet" href="/call/call-page-abc.css" />');
    expect(page.indexOf('twilio-voice-1.2.3')).toBeLessThan(page.indexOf('call-page-abc.js'));
    const words = /<script type="application\/json" id="call-page-words">(.*?)<\/script>/s.exec(page)![1]!;
    expect(JSON.parse(words)).toEqual(CALL_PAGE_WORDS.status);
  });

  it('renders a problem with its code and message escaped, and no script', () => {
    const page = renderCallProblem(CALL_PAGE_WORDS, FILES, 'LINK_"X', HOSTILE);
    expect(page).toContain('data-code="LINK_&quot;X"');
    expect(page).toContain(escapeHtml(HOSTILE));
    expect(page).not.toContain('<script');
  });
});
