/** The page's HTML: every runner-facing line escaped, the script's JSON block unable to close its tag. */
import { describe, expect, it } from 'vitest';
import { CALL_PAGE_WORDS } from '../../../coach/prompts/templates/call-page-words.js';
import {
  escapeHtml,
  jsonForScript,
  renderCallPage,
  renderCallProblem,
} from '../../../voice/call-page/call-page-html.js';

const HOSTILE = `Tempo <script>alert("x")</script> & 'more'`;

describe('the call page HTML', () => {
  it('escapes text for content and attributes', () => {
    expect(escapeHtml(HOSTILE)).toBe(
      'Tempo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;',
    );
  });

  it('keeps JSON inside a script block from ending it', () => {
    const json = jsonForScript({ line: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ line: '</script><script>alert(1)</script>\u2028' });
  });

  it('renders the session escaped, the labels from coach/prompts and the scripts in order', () => {
    const html = renderCallPage({
      words: CALL_PAGE_WORDS,
      today: [HOSTILE, 'Second line'],
      scripts: ['/call/twilio-voice-1.2.3.min.js', '/call/call-page-abc.js'],
    });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(`<p class="session">${escapeHtml(HOSTILE)}</p>`);
    expect(html).toContain('<p class="session">Second line</p>');
    expect(html).toContain(`<title>${escapeHtml(CALL_PAGE_WORDS.title)}</title>`);
    expect(html).toContain(`>${escapeHtml(CALL_PAGE_WORDS.button)}</button>`);
    expect(html.indexOf('twilio-voice-1.2.3')).toBeLessThan(html.indexOf('call-page-abc'));
    const words = /<script type="application\/json" id="call-page-words">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(words)).toEqual(CALL_PAGE_WORDS.status);
  });

  it('renders a problem with its code and message escaped, and no script', () => {
    const html = renderCallProblem(CALL_PAGE_WORDS, 'LINK_"X', HOSTILE);
    expect(html).toContain('data-code="LINK_&quot;X"');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).not.toContain('<script');
  });
});
