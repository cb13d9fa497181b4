/**
 * `POST /api/athletes/:id/messages`: message bodies with hostile `text` and `at`, reply options of every
 * kind with odd values, and any JSON; as raw bodies with right and wrong content types, with or without an
 * `Idempotency-Key` (long, spaced, non-ASCII), on real, random and malformed runner ids, with odd queries.
 */
import fc from 'fast-check';
import type { FuzzContext, FuzzRequest } from '../fuzz-request.js';
import { contentType, encode, idSegment, json, query, rawBody } from '../hostile/http.js';
import { text } from '../hostile/text.js';
import { anyJson, hugeNumber, oddAt, record } from '../hostile/values.js';

/** A message body: text and `at`, a reply option (well-formed or not), or any JSON. */
function messageBody(): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: record(['text', 'at'], () => fc.oneof(text(), oddAt())).map((r) => ({
        text: 'hello',
        ...r,
      })),
    },
    { weight: 2, arbitrary: fc.record({ option: anyJson(), at: oddAt() }, { requiredKeys: [] }) },
    {
      weight: 2,
      arbitrary: fc.record({
        option: fc.record(
          {
            kind: fc.constantFrom(
              'rpe',
              'decision',
              'confirm',
              'persona',
              'units',
              'goal',
              'level',
              'long-day',
              'none',
              'x',
            ),
            value: hugeNumber(),
            answer: anyJson(),
            ids: fc.array(fc.oneof(fc.uuid(), text()), { maxLength: 3 }),
          },
          { requiredKeys: ['kind'] },
        ),
      }),
    },
    { weight: 1, arbitrary: anyJson() },
  );
}

/** A message to a runner, real, random or malformed. */
export function postMessages(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      idSegment(ctx),
      rawBody(messageBody()),
      contentType(),
      fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('k-1', 'a'.repeat(200), 'a b', 'é'))),
      query(),
    )
    .map(([i, body, type, key, q]): FuzzRequest => ({
      family: 'POST messages',
      method: 'POST',
      path: `/api/athletes/${i}/messages${q}`,
      headers: {
        ...json(body, type),
        ...(key !== null ? { 'idempotency-key': encode(key) } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    }));
}
