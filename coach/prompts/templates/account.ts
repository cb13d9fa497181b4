/** Account templates: pause and resume, export, delete. */
import { formatDate } from '../format.js';
import { YES_NO_OPTIONS } from '../options.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

const PAUSE_WHY = {
  injury: 'Let it heal properly; if it does not improve, see a qualified health professional.',
  illness: 'Rest until you are well; we come back with a graded return.',
  travel: 'Enjoy the trip; a short break costs very little fitness.',
  other: 'Life comes first; the plan will be here.',
} as const;

export const paused: FamilyTemplate<'paused'> = (m, { voice }) => ({
  text: join([
    voice.paused,
    `No sessions from ${formatDate(m.from)} until you say “resume”.`,
    PAUSE_WHY[m.reason],
  ]),
  spoken: join([voice.paused, 'Say resume when you are ready.']),
});

export const resumed: FamilyTemplate<'resumed'> = (m, { voice }) => ({
  text: join([
    voice.resumed,
    m.daysOff > 0
      ? `After ${m.daysOff} ${m.daysOff === 1 ? 'day' : 'days'} off, the first sessions from ${formatDate(m.date)} are shorter and easier.`
      : `Training continues from ${formatDate(m.date)}.`,
    m.daysOff > 0 ? 'Why: after a break, easing back in protects you while fitness returns.' : undefined,
  ]),
});

export const exportReady: FamilyTemplate<'export-ready'> = (m) => ({
  text: join([
    `Your data is ready: ${m.activities} ${m.activities === 1 ? 'run' : 'runs'}, ${m.checkins} ${m.checkins === 1 ? 'check-in' : 'check-ins'} and ${m.decisions} ${m.decisions === 1 ? 'decision' : 'decisions'}, as JSON.`,
    m.location !== undefined ? `Get it here: ${m.location}` : undefined,
  ]),
  spoken: 'Your data export is ready.',
});

export const deleteConfirm: FamilyTemplate<'delete-confirm'> = () => ({
  text: 'This deletes you and everything you have told me: runs, check-ins, plan and history. It cannot be undone. Delete everything?',
  options: YES_NO_OPTIONS,
});

export const deleted: FamilyTemplate<'deleted'> = () => ({
  text: 'Done: everything about you is deleted. If you ever want to run together again, just say hi.',
});

export const deleteCancelled: FamilyTemplate<'delete-cancelled'> = () => ({
  text: 'Nothing was deleted: your runs, plan and history stay as they are.',
});
