/**
 * A chosen option as a zod schema: `option` of `POST /api/athletes/:id/messages` (the typed value a reply
 * offered, `replies[].options[].option`, sent back as is) and the options a runner was last `offered`, as
 * the runner-state document stores them.
 */
import { z } from 'zod';
import { GOAL_CHOICES, LEVEL_CHOICES, LONG_DAY_CHOICES, NONE_STEPS, UNIT_CHOICES } from './chosen-option.js';
import { RPE_MAX, RPE_MIN } from './options.js';
import { PERSONAS } from './persona.js';

export const chosenOption = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rpe'), value: z.number().int().min(RPE_MIN).max(RPE_MAX) }).strict(),
  z
    .object({
      kind: z.literal('decision'),
      answer: z.enum(['accept', 'keep']),
      ids: z.array(z.uuid()).min(1).max(50).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('confirm'), answer: z.enum(['yes', 'no']) }).strict(),
  z.object({ kind: z.literal('persona'), persona: z.enum(PERSONAS) }).strict(),
  z.object({ kind: z.literal('units'), units: z.enum(UNIT_CHOICES) }).strict(),
  z.object({ kind: z.literal('goal'), goal: z.enum(GOAL_CHOICES) }).strict(),
  z.object({ kind: z.literal('level'), level: z.enum(LEVEL_CHOICES) }).strict(),
  z.object({ kind: z.literal('long-day'), day: z.enum(LONG_DAY_CHOICES) }).strict(),
  z.object({ kind: z.literal('none'), step: z.enum(NONE_STEPS) }).strict(),
]);
