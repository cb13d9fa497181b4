/**
 * States an LLM extraction as plain runner text ("ran 10 km in 59:00, rpe 6"), for the deterministic
 * parser to read again: the parser, not the model, decides whether the numbers are plausible.
 */
import type { Extraction } from '../prompts/llm/extract-intent.js';

/** Always h:mm:ss: "3:00" alone could be read as three hours or three minutes. */
const clock = (minutes: number) => {
  const total = Math.round(minutes * 60);
  const h = Math.floor(total / 3600);
  const m = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const s = String(total % 60).padStart(2, '0');
  return `${h}:${m}:${s}`;
};

const when = (daysAgo?: number) =>
  daysAgo === undefined || daysAgo === 0 ? '' : daysAgo === 1 ? ' yesterday' : ` ${daysAgo} days ago`;

/** The runner text an extraction stands for, or undefined when it says nothing usable. */
export function extractionPhrase(e: Extraction): string | undefined {
  const parts: string[] = [];
  switch (e.intent) {
    case 'log_run': {
      if (e.distanceKm === undefined && e.durationMinutes === undefined) return undefined;
      const distance = e.distanceKm !== undefined ? ` ${e.distanceKm} km` : '';
      const time = e.durationMinutes !== undefined ? ` in ${clock(e.durationMinutes)}` : '';
      parts.push(`ran${distance}${time}${when(e.daysAgo)}`);
      if (e.rpe !== undefined) parts.push(`rpe ${e.rpe}`);
      if (e.avgHr !== undefined) parts.push(`avg hr ${e.avgHr}`);
      break;
    }
    case 'rpe_checkin':
      if (e.rpe === undefined) return undefined;
      parts.push(`rpe ${e.rpe}`);
      break;
    case 'morning_checkin':
      if (e.sleepHours !== undefined) parts.push(`slept ${e.sleepHours} hours`);
      if (e.restingHr !== undefined) parts.push(`resting hr ${e.restingHr}`);
      if (parts.length === 0) return undefined;
      break;
    case 'ask_today':
      return 'what is today';
    case 'ask_week':
      return 'what is this week';
    case 'ask_paces':
      return 'what are my paces';
    case 'ask_why':
      return 'why';
    case 'greeting':
      return 'hello';
    case 'help':
      return 'help';
    default:
      return undefined;
  }
  return parts.join(', ');
}
