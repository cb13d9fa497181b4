import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COACH_MESSAGE_KINDS } from '../../../coach/prompts/coach-message.js';
import type { CoachMessage, WordingRequest } from '../../../coach/prompts/coach-message.js';
import { allowedNumbers, checkNumbers } from '../../../coach/prompts/guards/numbers-guard.js';
import { checkSafety } from '../../../coach/prompts/guards/safety-guard.js';
import { sentenceCount } from '../../../coach/prompts/guards/shape-guard.js';
import { DEFAULT_BUDGETS } from '../../../coach/prompts/llm/budgets.js';
import { CHANNELS, PERSONAS } from '../../../coach/prompts/persona.js';
import { hasSpecificWhy } from '../../../coach/prompts/templates/decision-reasons.js';
import { isSafetyMessage, isSoftened, renderTemplate } from '../../../coach/prompts/templates/index.js';
import { createTemplateWording } from '../../../coach/prompts/wording.js';
import { DECISIONS, EASY, MESSAGES, TEMPO, TWO_BAD_NIGHTS } from './samples.js';

const req = (message: CoachMessage, over: Partial<WordingRequest> = {}): WordingRequest => ({
  message,
  persona: 'neutral',
  channel: 'chat',
  units: 'km',
  name: 'Sam',
  ...over,
});

/** Numbers a template may print that are not facts of the message: scales and onboarding examples. */
const TEMPLATE_CONSTANTS = ['1 10 5k 25:00 2027-04-18 18 1:50:00 185 52 8 45:10 6 three 5K'];

describe('templates', () => {
  it('the samples cover every message kind', () => {
    const kinds = new Set(MESSAGES.map((m) => m.kind));
    expect([...COACH_MESSAGE_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('every persona × channel × message gives clean, non-empty text', () => {
    for (const persona of PERSONAS)
      for (const channel of CHANNELS)
        for (const units of ['km', 'mi'] as const)
          for (const m of MESSAGES) {
            const r = renderTemplate(req(m, { persona, channel, units }));
            const where = `${persona}/${channel}/${units}/${m.kind}`;
            expect(r.text.trim().length, where).toBeGreaterThan(10);
            expect(r.text, where).not.toMatch(/undefined|NaN|\[object|null|Infinity/);
            expect(r.source).toBe('template');
            for (const o of r.options) expect(o.label !== '' && o.value !== '', where).toBe(true);
            if (channel === 'voice') {
              expect(sentenceCount(r.text), `${where}: ${r.text}`).toBeLessThanOrEqual(2);
              expect(r.text.length, `${where}: ${r.text}`).toBeLessThanOrEqual(
                DEFAULT_BUDGETS.voice.maxChars,
              );
              if (isSafetyMessage(m)) expect(r.text, where).toMatch(/professional|stop and walk/);
            }
          }
  });

  it('every number a template prints is a fact of its message (or a fixed scale or example)', () => {
    for (const persona of PERSONAS)
      for (const units of ['km', 'mi'] as const)
        for (const m of MESSAGES) {
          const r = renderTemplate(req(m, { persona, units }));
          const verdict = checkNumbers(r.text, allowedNumbers([m], TEMPLATE_CONSTANTS));
          expect(verdict, `${persona}/${units}/${m.kind}: ${r.text}`).toEqual({ ok: true });
        }
  });

  it('shows the session facts: every step pace and HR range, minutes and why', () => {
    const r = renderTemplate(req({ kind: 'today', date: TEMPO.date, session: TEMPO }));
    expect(r.text).toContain('tempo run, 49 min, about 8.3 km');
    expect(r.text).toContain('3 × 7 min threshold (5:12–5:20/km, 165–170 bpm)');
    expect(r.text).toContain(
      'Why: Threshold intervals with short jogs: more time at threshold pace than one steady run allows.',
    );
    const mi = renderTemplate(req({ kind: 'today', date: TEMPO.date, session: TEMPO }, { units: 'mi' }));
    expect(mi.text).toContain('8:22–8:35/mi');
    expect(mi.text).not.toContain('/km');
  });

  it('personas sound different', () => {
    const texts = PERSONAS.map(
      (persona) => renderTemplate(req({ kind: 'today', date: TEMPO.date, session: TEMPO }, { persona })).text,
    );
    expect(new Set(texts).size).toBe(PERSONAS.length);
    expect(texts[1]).toMatch(/no excuses/i);
    expect(texts[2]).toMatch(/LET'S GO/);
  });

  it('softens the pushy personas when readiness is poor', () => {
    const tired: CoachMessage = { kind: 'today', date: EASY.date, session: EASY, readiness: 'poor' };
    expect(isSoftened(tired)).toBe(true);
    for (const persona of PERSONAS) {
      const text = renderTemplate(req(tired, { persona })).text;
      expect(checkSafety(text, true), `${persona}: ${text}`).toEqual({ ok: true });
    }
    const fresh = renderTemplate(req({ ...tired, readiness: 'good' }, { persona: 'hype' })).text;
    expect(checkSafety(fresh, true).ok).toBe(false);
  });

  it('offers options as data: RPE 1–10, Accept / Keep original, Yes / No', () => {
    const rpe = renderTemplate(req({ kind: 'rpe-question', date: '2027-01-17' }));
    expect(rpe.options.map((o) => o.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const change = renderTemplate(req({ kind: 'decision', decision: TWO_BAD_NIGHTS, askAccept: true }));
    expect(change.options.map((o) => o.value)).toEqual(['accept', 'keep_original']);
    expect(
      renderTemplate(req({ kind: 'decision', decision: TWO_BAD_NIGHTS, askAccept: false })).options,
    ).toEqual([]);
    expect(renderTemplate(req({ kind: 'delete-confirm' })).options.map((o) => o.label)).toEqual([
      'Yes',
      'No',
    ]);
  });

  it('words a decision as before → after with one sentence of why', () => {
    const r = renderTemplate(req({ kind: 'decision', decision: TWO_BAD_NIGHTS, askAccept: true }));
    const before = TWO_BAD_NIGHTS.before as { minutes: number };
    const after = TWO_BAD_NIGHTS.after as { minutes: number };
    expect(r.text).toMatch(
      new RegExp(`tempo run, ${before.minutes} min, about [\\d.]+ km → easy run, ${after.minutes} min`),
    );
    expect(r.text).toMatch(/Why: 2 short nights in a row \(5 h, 4 h\)/);
  });

  it('says why a small stated volume starts on run/walk, with the minutes', () => {
    const reply = renderTemplate(
      req({
        kind: 'plan-built',
        goal: { distance: '5k', raceDate: '2027-02-15' },
        weeks: 10,
        feasibility: { ok: true },
        startVolume: { statedMinutes: 20, startMinutes: 59, runningMinutes: 15 },
      }),
    );
    expect(reply.text).toContain(
      'You run about 20 min a week, so the first week is run/walk: 59 min on your feet, about 15 min of it running',
    );
  });

  it('says what an injury changed and states the pain rule', () => {
    const message: CoachMessage = {
      kind: 'plan-built',
      goal: { distance: '10k', raceDate: '2027-04-18' },
      weeks: 19,
      feasibility: { ok: true },
      injury: { achillesOrCalf: 1, noFastWeeks: 6, painMaxScore: 3, rampPercent: 6 },
    };
    for (const persona of PERSONAS) {
      const text = renderTemplate(req(message, { persona })).text;
      expect(text).toContain('the first 6 weeks have no strides, hill sprints or fast repetitions');
      expect(text).toContain('pain stays at 3/10 or less during the run, has settled by the next morning');
    }
    const knee = renderTemplate(req({ ...message, injury: { ...message.injury, achillesOrCalf: 0 } })).text;
    expect(knee).toContain('Because of your injury, the plan ramps gently');
    expect(knee).not.toContain('strides');
  });

  it('warns, before any prediction, that a plan whose long runs stay short is not safe to race', () => {
    const message: CoachMessage = {
      kind: 'plan-built',
      goal: { distance: 'marathon', raceDate: '2027-01-17' },
      weeks: 6,
      vdot: 33.2,
      feasibility: { ok: false, predictedTime: 16200, longRun: { longestMinutes: 27, neededMinutes: 90 } },
    };
    for (const persona of PERSONAS) {
      const reply = renderTemplate(req(message, { persona }));
      expect(reply.text).toContain(
        'racing it on this build is not safe, because the longest run it reaches is 27 min and a marathon needs long runs of 90 min or more first',
      );
      expect(reply.text.indexOf('not safe')).toBeLessThan(reply.text.indexOf('I predict'));
      expect(renderTemplate(req(message, { persona, channel: 'voice' })).text).toContain('not safe');
    }
  });

  it('words a refused target as beyond the build, with today’s prediction and the gain only as a maybe', () => {
    const reply = renderTemplate(
      req({
        kind: 'plan-built',
        goal: { distance: 'half', raceDate: '2027-04-18', targetTime: 5400 },
        weeks: 19,
        vdot: 38.3,
        feasibility: { ok: false, predictedTime: 6900, potentialTime: 6418, realisticTarget: 6420 },
      }),
    );
    expect(reply.text).toContain(
      "Your target of 1:30:00 is more than this build can bring: I predict 1:55:00 from today's fitness, about 1:46:58 if training goes well, so 1:47:00 is a realistic target.",
    );
    expect(reply.text).not.toMatch(/stretch/i);
  });

  it('words post-race recovery with the race, the easy days it earns and when quality resumes', () => {
    const d = DECISIONS.find((x) => x.rule === 'recovery.post-race')!;
    for (const persona of PERSONAS) {
      const r = renderTemplate(req({ kind: 'decision', decision: d, askAccept: true }, { persona }));
      expect(r.text).toContain(
        'Your race on Sun 17 Jan (10 km) earns 4 easy days (one for every 3 km raced): quality and long runs wait until after Thu 21 Jan',
      );
      const voice = renderTemplate(
        req({ kind: 'decision', decision: d, askAccept: true }, { persona, channel: 'voice' }),
      );
      expect(voice.text).toMatch(/→ easy run/);
    }
    const mi = renderTemplate(req({ kind: 'decision', decision: d, askAccept: false }, { units: 'mi' }));
    expect(mi.text).toContain('(6.2 mi) earns 4 easy days');
  });

  it('words a cadence drop as fatigue advice in every voice: no plan change, a suggestion, never a target', () => {
    const d = DECISIONS.find((x) => x.rule === 'cadence.drop')!;
    const texts = PERSONAS.map((persona) => {
      const r = renderTemplate(req({ kind: 'decision', decision: d, askAccept: false }, { persona }));
      expect(r.text).toContain(
        'cadence fell from 172 to 161 steps/min over the last laps of your run on Sun 17 Jan, at the same pace',
      );
      expect(r.text).toContain('against your usual 171');
      expect(r.text).toMatch(/tired legs/);
      expect(r.text).toMatch(/suggestion, never a target/);
      expect(r.text).not.toMatch(/I changed|Change of orders|Plan update|tweaked|Accept/);
      expect(r.options).toEqual([]);
      const voice = renderTemplate(
        req({ kind: 'decision', decision: d, askAccept: false }, { persona, channel: 'voice' }),
      );
      expect(voice.text).toMatch(/cadence dropped on Sun 17 Jan/);
      return r.text;
    });
    expect(new Set(texts).size).toBe(PERSONAS.length);
  });

  it('words an ACWR spike from the runner’s own overshoot as caution, with the run that went past the plan', () => {
    const d = DECISIONS.filter((x) => x.rule === 'load.acwr-caution').at(-1)!;
    for (const persona of PERSONAS) {
      const r = renderTemplate(req({ kind: 'decision', decision: d, askAccept: true }, { persona }));
      expect(r.text).toContain('acute:chronic ratio 1.83');
      expect(r.text).toContain('2 runs went well past the plan (Sun 7 Feb: 209 min against 110 min planned)');
      expect(r.text).toMatch(/caution sign, not a verdict/);
      expect(r.text).not.toMatch(/injur|risk/i);
    }
  });

  it('shows progress when the message has some', () => {
    const r = renderTemplate(
      req({
        kind: 'decision',
        decision: DECISIONS[11]!,
        askAccept: false,
        progress: { vdotBefore: 38.4, vdotNow: 40.1, weeksCompleted: 6, totalWeeks: 19 },
      }),
    );
    expect(r.text).toContain('VDOT 38.4 → 40.1');
    expect(r.text).toContain('6 of 19 weeks done');
  });

  it('says a fresh start naturally: no "0 runs logged" or "0 of 19 weeks done"', () => {
    const r = renderTemplate(
      req({
        kind: 'today',
        date: TEMPO.date,
        session: TEMPO,
        progress: { weeksCompleted: 0, totalWeeks: 19, runsLogged: 0 },
      }),
    );
    expect(r.text).toContain('first week of 19 · no runs logged yet');
    expect(r.text).not.toMatch(/\b0 (runs|of)\b/);
    const one = renderTemplate(
      req({
        kind: 'today',
        date: TEMPO.date,
        session: TEMPO,
        progress: { weeksCompleted: 1, totalWeeks: 19, runsLogged: 1 },
      }),
    );
    expect(one.text).toContain('1 of 19 weeks done · 1 run logged');
  });

  it('has specific wording for every adaptation rule id in coach/rules/adapt, and a generic fallback', () => {
    const dir = new URL('../../../coach/rules/adapt/', import.meta.url);
    const ids = new Set<string>();
    for (const f of readdirSync(dir)) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/rule: '([a-z-]+\.[a-z-]+)'/g))
        ids.add(m[1]!);
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(
        /'((?:fitness|recovery|readiness|load|rpe|missed|illness|safety)\.[a-z-]+)'/g,
      ))
        ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(10);
    expect([...ids].filter((id) => !hasSpecificWhy(id))).toEqual([]);
    const unknown = renderTemplate(req({ kind: 'decision', decision: DECISIONS.at(-1)!, askAccept: true }));
    expect(unknown.text).toContain('Why: The rules saw something new.');
  });

  it('safety replies are fixed, the same for every persona, point to a professional and never diagnose', () => {
    const safety = MESSAGES.filter(isSafetyMessage);
    expect(safety.length).toBeGreaterThanOrEqual(6);
    for (const m of safety) {
      const texts = PERSONAS.map((persona) => renderTemplate(req(m, { persona })).text);
      expect(new Set(texts).size, m.kind).toBe(1);
      expect(texts[0]).toMatch(/qualified (health )?professional/);
      expect(checkSafety(texts[0]!, true), texts[0]).toEqual({ ok: true });
      expect(renderTemplate(req(m)).options).toEqual([]);
    }
  });

  it('groups the decisions of one adaptation run: every change listed, one why per rule', () => {
    const group = [3, 4, 6].map((i) => DECISIONS[i]!);
    const r = renderTemplate(req({ kind: 'plan-changed', decisions: group, askAccept: true }));
    expect(r.text.match(/^• .* → .*$/gm)).toHaveLength(3);
    expect(r.text).toContain('felt much harder than planned');
    expect(r.text).toContain('acute:chronic ratio 1.62');
    expect(r.text).toContain('229 min of running against a sensible 205 min');
    expect(r.options.map((o) => o.value)).toEqual(['accept', 'keep_original']);
    const many = Array.from({ length: 10 }, () => DECISIONS[3]!);
    const long = renderTemplate(req({ kind: 'plan-changed', decisions: many, askAccept: true })).text;
    expect(long.match(/^• .* → .*$/gm)).toHaveLength(7);
    expect(long).toContain('• and 3 more');
    expect(long.match(/felt much harder/g)).toHaveLength(1);
  });

  it('a group with a safety decision leads with the fixed safety text and offers no way back', () => {
    const m: CoachMessage = {
      kind: 'plan-changed',
      decisions: [DECISIONS[15]!, DECISIONS[0]!],
      askAccept: true,
    };
    expect(isSafetyMessage(m)).toBe(true);
    const r = renderTemplate(req(m, { persona: 'hype' }));
    expect(r.text.startsWith('Stop running for today.')).toBe(true);
    expect(r.options).toEqual([]);
  });

  it('the template wording port resolves to the template reply', async () => {
    const r = await createTemplateWording().word(req({ kind: 'help' }));
    expect(r).toEqual(renderTemplate(req({ kind: 'help' })));
  });
});
