/** What the runner is told after adaptation: safety first, then each change (offering Accept / Keep). */
import type { CoachMessage } from '../prompts/coach-message.js';
import type { CoachEvent } from '../turn/events.js';
import type { ConversationState } from '../model/conversation-state.js';
import type { Turn } from '../turn/turn.js';
import type { StoredDecision } from '../model/stored-decision.js';
import type { AdaptationOutcome } from './apply-adaptation.js';

/**
 * The pain outcome to say, if any. A red flag is said by the check-in that reported it (also on a rest
 * day, and again on a repeat) and covers the whole day; a pain stop may come from an earlier report.
 */
function painMessage(
  safety: readonly StoredDecision[],
  today: string,
  said: readonly CoachMessage[],
): CoachMessage | undefined {
  if (safety.some((d) => d.rule === 'safety.red-flag')) return undefined;
  // The check-in that reported the pain already stated the day's safety outcome: said once.
  if (said.some(statesSafety)) return undefined;
  if (safety.some((d) => d.rule === 'safety.stop-prescriptions')) {
    const facts = safety.flatMap((d) => d.reasons).find((r) => typeof r.facts.score === 'number')?.facts;
    return {
      kind: 'pain-stop',
      date: today,
      level: 'stop_prescriptions',
      ...(typeof facts?.location === 'string' ? { location: facts.location } : {}),
      ...(typeof facts?.score === 'number' ? { score: facts.score } : {}),
    };
  }
  if (safety.some((d) => d.rule === 'safety.pain-no-intensity'))
    return { kind: 'pain-stop', date: today, level: 'no_intensity' };
  return undefined;
}

/** True for a message that states the day's safety outcome itself (pain stop, red flag, a check-in's pain). */
function statesSafety(m: CoachMessage): boolean {
  return (
    m.kind === 'pain-stop' || m.kind === 'red-flag' || (m.kind === 'checkin-saved' && m.safety !== undefined)
  );
}

/**
 * What the runner is told after adaptation. `said`: the messages the turn already holds (a check-in that
 * stated its safety outcome is not followed by a second pain message).
 */
export function adaptationTurn(
  outcome: AdaptationOutcome,
  today: string,
  state: ConversationState,
  said: readonly CoachMessage[] = [],
): Turn {
  if (outcome.decisions.length === 0) return { messages: [], events: [] };
  const messages: CoachMessage[] = [];
  const events: CoachEvent[] = [
    {
      type: 'plan_adapted',
      decisions: outcome.decisions.map((d) => ({ id: d.id, rule: d.rule, date: d.date, status: d.status })),
    },
  ];
  const safety = outcome.decisions.filter((d) => d.rule.startsWith('safety.'));
  const pain = painMessage(safety, today, said);
  if (pain) messages.push(pain);
  const changes = outcome.decisions.filter(
    (d) =>
      !d.rule.startsWith('safety.') &&
      (d.date >= today || d.status !== 'applied' || d.rule.startsWith('fitness.')),
  );
  const progress = outcome.vdotChange
    ? {
        progress: {
          ...(outcome.vdotChange.from !== undefined ? { vdotBefore: outcome.vdotChange.from } : {}),
          vdotNow: outcome.vdotChange.to,
        },
      }
    : {};
  const offeredIds = changes.filter((d) => d.status === 'proposed').map((d) => d.id);
  const askAccept = offeredIds.length > 0;
  const offered = askAccept ? { offeredIds } : {};
  if (changes.length === 1)
    messages.push({ kind: 'decision', decision: changes[0]!, askAccept, ...offered, ...progress });
  else if (changes.length > 1)
    messages.push({ kind: 'plan-changed', decisions: changes, askAccept, ...offered, ...progress });
  if (outcome.vdotChange) events.push({ type: 'vdot_changed', ...outcome.vdotChange });
  // New offers join those still open; a new plan version (VDOT change) settles the open ones.
  const open = outcome.vdotChange ? [] : (state.pendingDecisionIds ?? []);
  const pending = [...new Set([...open, ...outcome.proposed.map((d) => d.id)])];
  const changed =
    pending.length !== (state.pendingDecisionIds?.length ?? 0) || outcome.vdotChange !== undefined;
  return {
    messages,
    events,
    ...(changed ? { state: { ...state, pendingDecisionIds: pending } } : {}),
  };
}
