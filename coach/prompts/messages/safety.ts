/** Safety messages: a red flag, or pain that stops the session. */
import type { RedFlag } from '../../rules/safety/red-flags.js';

export type SafetyMessage =
  | { readonly kind: 'red-flag'; readonly date: string; readonly flags: readonly RedFlag[] }
  | {
      readonly kind: 'pain-stop';
      readonly date: string;
      /** `no_intensity`: easy only today; `stop_prescriptions`: no running until a professional has looked. */
      readonly level: 'no_intensity' | 'stop_prescriptions';
      readonly location?: string;
      /** 0–10 pain score the runner gave. */
      readonly score?: number;
      /** Days running is paused (for `stop_prescriptions`). */
      readonly pauseDays?: number;
    };
