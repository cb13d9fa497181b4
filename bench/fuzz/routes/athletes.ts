/**
 * The runner routes of the API but messages and imports: `POST /api/athletes` and
 * `PATCH /api/athletes/:id` with any of a runner's fields set to any JSON (wrong types, huge numbers,
 * hostile text), and every method (GET, HEAD, OPTIONS, PUT, DELETE, POST) on a runner's data paths
 * (plan, today, activities, check-ins, decisions, export, progress chart, unknown ones), on real, random
 * and malformed ids. A DELETE only ever names a random runner, so the real ones stay for later requests.
 */
import fc from 'fast-check';
import type { FuzzContext, FuzzRequest } from '../fuzz-request.js';
import { contentType, idSegment, json, query, rawBody } from '../hostile/http.js';
import { anyJson, record } from '../hostile/values.js';

/** A runner's fields, any of them, each with any JSON value. */
const athleteFields = (): fc.Arbitrary<Record<string, unknown>> =>
  record(
    [
      'name',
      'timezone',
      'units',
      'persona',
      'birthYear',
      'age',
      'sex',
      'maxHr',
      'restingHr',
      'lthr',
      'phone',
      'telegramChatId',
      'race',
      'goal',
      'days',
      'longDay',
      'weeklyKm',
      'weeklyMinutes',
      'longestRunKm',
      'level',
      'injuries',
    ],
    anyJson,
  );

/** What follows `/api/athletes/:id/`: the data paths, empty, unknown and malformed ones. */
const sub = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    'plan',
    'today',
    'activities',
    'checkins',
    'decisions',
    'export',
    'progress.png',
    'nope',
    '',
    'messages/',
    'plan/x',
  );

/** A new runner. */
export function postAthletes(): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(rawBody(athleteFields()), contentType()).map(([body, type]): FuzzRequest => ({
    family: 'POST athletes',
    method: 'POST',
    path: '/api/athletes',
    headers: json(body, type),
    ...(body !== undefined ? { body } : {}),
  }));
}

/** A change to a runner, real, random or malformed. */
export function patchAthlete(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(idSegment(ctx), rawBody(athleteFields()), contentType())
    .map(([i, body, type]): FuzzRequest => ({
      family: 'PATCH athlete',
      method: 'PATCH',
      path: `/api/athletes/${i}`,
      headers: json(body, type),
      ...(body !== undefined ? { body } : {}),
    }));
}

/** Any method on a runner's data paths. */
export function athleteData(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST'), idSegment(ctx), sub(), query())
    .map(([method, i, s, q]): FuzzRequest => ({
      family: `${method} athlete data`,
      method,
      // Only a random runner is deleted: the real ones keep the later requests meaningful.
      path: `/api/athletes/${method === 'DELETE' && ctx.athleteIds.includes(i) ? 'ffffffff-ffff-4fff-8fff-ffffffffffff' : i}${s ? `/${s}` : ''}${q}`,
      headers: {},
    }));
}
