/**
 * Stored cadence is read (issue 10 §8): a run imported with laps whose cadence sags is mentioned as fatigue
 * after adaptation — advice stored once, the plan unchanged, worded without "I changed your plan" or an
 * Accept / Keep offer — on PGlite and PostgreSQL (laps are stored as JSON, cadence rides along).
 */
import { expect, it } from 'vitest';
import { adaptationTurn } from '../../../coach/adaptation/adaptation-turn.js';
import { applyAdaptation } from '../../../coach/adaptation/apply-adaptation.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { renderTemplate } from '../../../coach/prompts/templates/index.js';
import { PERSONAS } from '../../../coach/prompts/persona.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const START = '2026-12-07';
const PROFILE = SAMPLE_ONBOARDING_PROFILE;

describeEachDatabase('a cadence drop in a stored run', (ctx) => {
  it('is mentioned as fatigue, once, and changes nothing', async () => {
    const deps = coachDeps(ctx.handle, { now: () => new Date(`${START}T08:00:00Z`) });
    const r = await onboard(deps.unitOfWork, { name: 'Ana', timezone: 'UTC' }, PROFILE, START);
    if (!r.ok) throw new Error(r.code);
    const athleteId = r.value.athlete.id;
    const repos = deps.repositories;
    const day = '2026-12-08';
    const spm = [172, 173, 172, 171, 172, 170, 168, 166, 161, 160];
    const before = await repos.plans.active(athleteId);
    // Run as prescribed (so only the cadence is news): the day's session, in ten equal laps.
    const planned = before!.plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === day)!;
    await repos.activities.add({
      athleteId,
      date: day,
      distanceMeters: planned.km * 1000,
      durationSeconds: planned.minutes * 60,
      cadence: 168,
      rpe: 3,
      laps: spm.map((cadence) => ({
        distanceMeters: planned.km * 100,
        durationSeconds: planned.minutes * 6,
        cadence,
      })),
      source: 'fit',
    });
    const outcome = await applyAdaptation(repos, { id: athleteId }, day);
    const notes = outcome.decisions.filter((d) => d.rule === 'cadence.drop');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ status: 'applied', action: 'note_fatigue' });
    expect(outcome.proposed).toEqual([]);
    expect((await repos.plans.active(athleteId))?.plan).toEqual(before?.plan);

    const turn = adaptationTurn(outcome, day, {});
    const message = turn.messages.find((m) => m.kind === 'decision');
    expect(message).toBeDefined();
    for (const persona of PERSONAS) {
      const reply = renderTemplate({ message: message!, persona, channel: 'chat', units: 'km' });
      expect(reply.text).toContain('from 172 to 161 steps/min');
      expect(reply.text).not.toMatch(/I changed your plan|Accept/);
      expect(reply.options).toEqual([]);
    }
    // Adapting again the same day stores nothing new.
    expect((await applyAdaptation(repos, { id: athleteId }, day)).decisions).toEqual([]);
  });
});
