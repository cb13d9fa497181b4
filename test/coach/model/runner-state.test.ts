/** The runner-state document: a typed parse of stored JSON that round-trips, reads old rows, never throws. */
import { describe, expect, it } from 'vitest';
import {
  awaitingOnboarding,
  emptyRunnerState,
  parseRunnerState,
  runnerStateToJson,
  type RunnerState,
} from '../../../coach/model/runner-state.js';
import { ONBOARDING_STEPS } from '../../../coach/onboarding/onboarding-chat.js';
import { SAMPLE_PROFILE } from '../../helpers/app.js';

const PROFILE = {
  ...SAMPLE_PROFILE,
  injuries: [{ area: 'left knee', recent: false }],
} as const;

const FULL: RunnerState = {
  version: 1,
  onboarding: {
    step: 'extras',
    units: 'mi',
    race: null,
    goal: 'marathon',
    raceMonth: { year: 2027, month: 4 },
    targetTime: null,
    days: ['mon', 'wed', 'sat'],
    dayCount: { min: 3, max: 4 },
    longDay: 'sat',
    weeklyMinutes: 180,
    level: 'beginner',
    age: 41,
    injuries: [{ area: 'calf', recent: true, recurring: false }],
    maxHr: 185,
    persona: 'hype',
  },
  profile: PROFILE,
  conversation: {
    pendingRpe: { activityId: 'a1', date: '2026-12-07' },
    pendingDecisionIds: ['d1'],
    lastStored: { fact: 'run', id: 'a1', storedOn: '2026-12-07', decisionIds: ['d1'], vdotFrom: 41.2 },
    paused: { from: '2026-12-01', reason: 'travel' },
  },
};

describe('parseRunnerState', () => {
  it('round-trips a full document through its stored JSON', () => {
    const stored = JSON.parse(JSON.stringify(runnerStateToJson(FULL))) as unknown;
    expect(parseRunnerState(stored)).toEqual(FULL);
  });

  it('stores a cleared field as absent, not as null or undefined', () => {
    const json = runnerStateToJson({ ...emptyRunnerState(), conversation: { pendingDelete: undefined } });
    expect(json).toEqual({ version: 1, conversation: {} });
  });

  it('reads a row written before the document had a version from its old keys', () => {
    const legacy = {
      onboardingDraft: { step: 'days', goal: 'half' },
      onboarding: PROFILE,
      conversation: { pendingDelete: true },
    };
    expect(parseRunnerState(legacy)).toEqual({
      version: 1,
      onboarding: { step: 'days', goal: 'half' },
      profile: PROFILE,
      conversation: { pendingDelete: true },
    });
    expect(parseRunnerState({})).toEqual(emptyRunnerState());
  });

  it('keeps conversation fields it does not know (another part of the coach may add them)', () => {
    const state = parseRunnerState({ version: 1, conversation: { laterField: { kind: 'x' } } });
    expect(state.conversation).toEqual({ laterField: { kind: 'x' } });
  });

  it('validates the options last offered: a malformed one makes the conversation part unreadable', () => {
    const good = parseRunnerState({ version: 1, conversation: { offered: [{ kind: 'rpe', value: 6 }] } });
    expect(good.conversation).toEqual({ offered: [{ kind: 'rpe', value: 6 }] });
    const bad = parseRunnerState({ version: 1, conversation: { offered: [{ kind: 'rpe' }] } });
    expect(bad.conversation).toEqual({});
    expect(bad.unreadable).toEqual({ conversation: { offered: [{ kind: 'rpe' }] } });
  });

  it('an unreadable part is kept aside and read as absent; the rest of the document stands', () => {
    const stored = {
      version: 1,
      profile: { goal: 'half' },
      conversation: { pendingRpe: { activityId: 7 } },
      onboarding: { step: 'no-such-step' },
    };
    const state = parseRunnerState(stored);
    expect(state.profile).toBeUndefined();
    expect(state.conversation).toEqual({});
    // A runner whose draft cannot be read was still onboarding: they start again at the first question.
    expect(state.onboarding).toEqual({ step: ONBOARDING_STEPS[0] });
    expect(state.unreadable).toEqual({
      profile: stored.profile,
      conversation: stored.conversation,
      onboarding: stored.onboarding,
    });
    // Saved again, nothing unreadable is lost.
    expect(parseRunnerState(runnerStateToJson(state)).unreadable).toEqual(state.unreadable);
  });

  it.each([null, 'text', 42, [1, 2], { version: 99, conversation: {} }])(
    'a document that is not one (%j) is an empty state, kept aside',
    (stored) => {
      const state = parseRunnerState(stored);
      expect(state).toMatchObject({ version: 1, conversation: {}, unreadable: { document: stored } });
      expect(state.onboarding).toBeUndefined();
    },
  );

  it('a new chat runner starts at the first onboarding question', () => {
    expect(awaitingOnboarding().onboarding).toEqual({ step: ONBOARDING_STEPS[0] });
  });
});
