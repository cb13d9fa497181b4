/**
 * The safety guard for LLM text: the coach never diagnoses, never mentions medication, never tells a runner
 * to run through pain, and sounds calm when the persona must soften. Source: SCIENCE.md "Safety" (the coach
 * is not a medical provider; it never diagnoses; red flags and pain point to a qualified professional).
 */

export type SafetyCode = 'DIAGNOSIS' | 'MEDICATION' | 'OVERRIDES_STOP' | 'HARSH_TONE';

/** Phrases an LLM reply may never contain, by reason. Lower-case matching; word boundaries. */
export const UNSAFE_PATTERNS: readonly { readonly code: SafetyCode; readonly pattern: RegExp }[] =
  Object.freeze([
    { code: 'DIAGNOSIS', pattern: /\bdiagnos\w*/i },
    {
      code: 'DIAGNOSIS',
      pattern:
        /\b(tendin\w*|tendon\w*itis|stress fractures?|fractur\w*|shin splints|plantar fasci\w*|it ?band syndrome|itbs|runner'?s knee|patellofemoral|sprain\w*|torn|ligament|meniscus|sciatica|bursitis|heart attack|arrhythmia|asthma|concussion|an(a)?emi\w*|infection|inflammation)\b/i,
    },
    {
      code: 'DIAGNOSIS',
      pattern:
        /\b(it'?s|that'?s|sounds like|probably|likely) (just |only )?(a |an )?(minor|nothing|strain|injury)\b/i,
    },
    {
      code: 'MEDICATION',
      pattern:
        /\b(ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|diclofenac|advil|tylenol|aleve|nsaids?|pain ?killers?|anti-?inflammator\w*|medication\w*|medicines?|pills?|tablets?|dosage|doses?|cortisone|steroids?|injections?)\b/i,
    },
    {
      code: 'OVERRIDES_STOP',
      pattern:
        /\b(push(ing)? through|run(ning)? through (it|the pain|your pain)|no pain,? no gain|ignore (the |your )?(pain|symptoms?|it)|tough it out|walk it off|shake it off|it'?s (probably )?nothing|run anyway|keep going anyway)\b/i,
    },
  ]);

/** Acronyms that may be written in capitals in a softened reply. */
const ACRONYMS = new Set(['HR', 'RPE', 'VDOT', 'HRV', 'BPM', 'LTHR', 'KM', 'MI', 'OK', 'I']);

/** Shouting and pressure that a softened persona may not use. */
export const HARSH_PATTERN =
  /(!!|\bno excuses\b|\bsoldier\b|\bpathetic\b|\bweak\b|\blazy\b|\bharder\b|\bpush\b)/i;

export type SafetyVerdict =
  { readonly ok: true } | { readonly ok: false; readonly code: SafetyCode; readonly match: string };

/**
 * Checks an LLM text for diagnoses, medication and advice to run through pain; when `soft`, also for
 * shouting (a word of 3+ capitals that is not an acronym) and pressure.
 *
 * @example
 * checkSafety('Sounds like shin splints, take ibuprofen.', false); // { ok: false, code: 'DIAGNOSIS', match: 'shin splints' }
 * checkSafety('Easy today, recover well.', true);                  // { ok: true }
 */
export function checkSafety(text: string, soft: boolean): SafetyVerdict {
  for (const { code, pattern } of UNSAFE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { ok: false, code, match: m[0] };
  }
  if (soft) {
    const shout = text.match(/\b[A-Z]{3,}\b/g)?.find((w) => !ACRONYMS.has(w));
    if (shout !== undefined) return { ok: false, code: 'HARSH_TONE', match: shout };
    const harsh = HARSH_PATTERN.exec(text);
    if (harsh) return { ok: false, code: 'HARSH_TONE', match: harsh[0] };
  }
  return { ok: true };
}
