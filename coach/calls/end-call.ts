/** Placeholder replaced below. */
import type { CoachDeps } from '../coach-deps.js';
import type { CallEnd } from './call-types.js';

export async function endCall(_deps: CoachDeps, _end: CallEnd): Promise<void> {}
