/**
 * TwiML as Twilio reads it: the verbs of a `<Response>` in order (fast-xml-parser, order preserved).
 * Used by the terminal call (`local-call.ts`) and the test-side Twilio caller to follow the voice routes.
 */
import { XMLParser } from 'fast-xml-parser';

/** One verb as heard on the line. */
export type Heard =
  | { readonly verb: 'Say'; readonly text: string; readonly attributes: Readonly<Record<string, string>> }
  | { readonly verb: 'Gather'; readonly attributes: Readonly<Record<string, string>> }
  | { readonly verb: 'Hangup' }
  | { readonly verb: 'Redirect'; readonly url: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function verbsOf(nodes: readonly Node[]): { verb: string; node: Node }[] {
  return nodes.flatMap((node) =>
    Object.keys(node)
      .filter((k) => k !== ':@' && k !== '#text')
      .map((verb) => ({ verb, node })),
  );
}

function textOf(children: readonly Node[]): string {
  return children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
}

/**
 * Parses a TwiML document into its verbs, in order (a `<Gather>`'s nested `<Say>` first, then itself).
 * Throws on a document that is not TwiML or a verb not listed in `Heard`.
 *
 * @example parseTwiml('<Response><Say>Hi</Say><Hangup/></Response>')
 * // → [{ verb: 'Say', text: 'Hi', attributes: {} }, { verb: 'Hangup' }]
 */
export function parseTwiml(xml: string): Heard[] {
  const doc = parser.parse(xml) as Node[];
  const response = doc.find((n) => 'Response' in n);
  if (response === undefined) throw new Error(`not TwiML: ${xml.slice(0, 200)}`);
  const out: Heard[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const { verb, node } of verbsOf(nodes)) {
      const children = (node[verb] ?? []) as Node[];
      const attributes = node[':@'] ?? {};
      if (verb === 'Say') out.push({ verb, text: textOf(children).trim(), attributes });
      else if (verb === 'Gather') {
        walk(children);
        out.push({ verb, attributes });
      } else if (verb === 'Hangup') out.push({ verb });
      else if (verb === 'Redirect') out.push({ verb, url: textOf(children).trim() });
      else throw new Error(`unsupported TwiML verb <${verb}>`);
    }
  };
  walk((response.Response ?? []) as Node[]);
  return out;
}
