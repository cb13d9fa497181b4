/**
 * Logger: pino, JSON in production, pretty only on a TTY. Health data lives here, so secrets, auth headers,
 * webhook signatures and phone numbers never reach a log line.
 */
import { pino, type Logger, type LoggerOptions } from 'pino';

/** Paths pino replaces with "[redacted]" wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-twilio-signature"]',
  'headers.authorization',
  '*.apiToken',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.secret',
  '*.phone',
  '*.phoneE164',
  'phone',
  'apiToken',
  'token',
  'apiKey',
  'databaseUrl',
  '*.databaseUrl',
  'botToken',
  '*.botToken',
  'secretToken',
  '*.secretToken',
  'authToken',
  '*.authToken',
  'telegram.token',
  '*.telegram.token',
  'fileUrl',
  '*.fileUrl',
  'payload.url',
];

/** Digit runs that may be phone numbers: E.164 (`+…`) or 10+ digits with separators. */
const PHONE_PATTERN = /\+?\d[\d\s().-]{6,}\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Replaces phone-number-like runs in free text so a message never leaks one (dates and times stay). */
export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_PATTERN, (match) => {
    const digits = match.replace(/\D/g, '').length;
    const looksLikePhone = match.startsWith('+') ? digits >= 7 : digits >= 10 && !ISO_DATE.test(match);
    return looksLikePhone ? '[phone]' : match;
  });
}

/** Database errors quote their parameters (names, phone numbers, health data): keep the query, drop those. */
export function redactErrorText(text: string): string {
  return maskPhoneNumbers(maskBotTokens(text.replace(/params:[^\n]*/g, 'params: [redacted]')));
}

/** Telegram bot tokens (`123456:ABC…`, also inside `/bot<token>/` and file URLs). */
const BOT_TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

/** Replaces anything shaped like a Telegram bot token. */
export function maskBotTokens(text: string): string {
  return text.replace(BOT_TOKEN_PATTERN, '[token]');
}

type SerializedError = { message?: string; stack?: string; cause?: unknown; [key: string]: unknown };

/** pino's error serializer, with messages and stacks (causes included) cleaned by `redactErrorText`. */
export function errorSerializer(error: unknown): unknown {
  const clean = (e: SerializedError): SerializedError => ({
    ...e,
    ...(typeof e.message === 'string' ? { message: redactErrorText(e.message) } : {}),
    ...(typeof e.stack === 'string' ? { stack: redactErrorText(e.stack) } : {}),
    ...(e.cause && typeof e.cause === 'object' ? { cause: clean(e.cause as SerializedError) } : {}),
  });
  const serialized = pino.stdSerializers.errWithCause(error as Error) as unknown as SerializedError;
  return serialized && typeof serialized === 'object' ? clean(serialized) : serialized;
}

export interface LoggerDeps {
  level: LoggerOptions['level'];
  /** Pretty-print for a human (a TTY); JSON otherwise. */
  pretty: boolean;
  /** Where JSON lines go (tests pass a stream); defaults to stdout. */
  destination?: NodeJS.WritableStream;
}

/** Builds the process logger. */
export function createLogger(deps: LoggerDeps): Logger {
  const options: LoggerOptions = {
    level: deps.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: errorSerializer, error: errorSerializer },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) =>
          typeof a === 'string' ? maskPhoneNumbers(maskBotTokens(a)) : a,
        ) as typeof args;
        return method.apply(this, masked);
      },
    },
  };
  if (deps.pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  return deps.destination ? pino(options, deps.destination as pino.DestinationStream) : pino(options);
}
