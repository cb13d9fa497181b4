/**
 * Typed configuration, parsed once. `parseConfig(env)` is pure (tests call it); `loadConfig()` is the only
 * place in runloop that reads `process.env`. A bad value stops the process with one line naming the
 * variable and what it expects.
 */
import { z } from 'zod';
import { defaultPoolSize } from '../db/pool-size.js';
import { DEFAULT_PLAN_CACHE_ENTRIES } from '../db/plan-cache.js';
import { emptyAsUndefined, wholeNumber } from './env-value.js';
import {
  CALL_PAGE_SECRETS,
  callPageConfig,
  callPageEnvSchema,
  type CallPageConfig,
} from './config-call-page.js';
import { PHONE_SECRETS, phoneConfig, phoneEnvSchema, type PhoneConfig } from './config-phone.js';
import { nightlyConfig, nightlyEnvSchema, type NightlyConfig } from './config-nightly.js';

export { DEFAULT_SPEECH_LANGUAGE, DEFAULT_TWILIO_VOICE, type PhoneConfig } from './config-phone.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const envSchema = z
  .object({
    HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
    PORT: wholeNumber(0, 65535, 3000),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATABASE_POOL_SIZE: wholeNumber(1, 100, defaultPoolSize()),
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
    DATA_DIR_FSYNC: z.preprocess(emptyAsUndefined, z.enum(['on', 'off']).default('on')),
    PLAN_CACHE_ENTRIES: wholeNumber(0, 100_000, DEFAULT_PLAN_CACHE_ENTRIES),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    API_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, 'expected at least 16 characters (use a long random string)').optional(),
    ),
    LLM_BASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, message: 'expected an http(s) URL like http://127.0.0.1:11434/v1' })
        .optional(),
    ),
    LLM_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    LLM_MODEL: z.preprocess(emptyAsUndefined, z.string().max(200).optional()),
    LLM_STREAM: z.preprocess(
      emptyAsUndefined,
      z.enum(['true', 'false', '1', '0'], 'expected true or false').default('false'),
    ),
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^\d+:[\w-]+$/, 'expected a token from BotFather like 123456:ABC-DEF…')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, message: 'expected an http(s) URL like https://api.telegram.org' })
        .default('https://api.telegram.org'),
    ),
    PUBLIC_BASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, message: 'expected an http(s) URL like https://coach.example.org' })
        .optional(),
    ),
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .min(16, 'expected at least 16 characters')
        .max(256, 'expected at most 256 characters')
        .regex(/^[A-Za-z0-9_-]+$/, 'expected only letters, digits, _ and -')
        .optional(),
    ),
  })
  // The browser call page's Twilio API key and TwiML app (server/config-call-page.ts).
  .extend(callPageEnvSchema.shape)
  // The phone line's Twilio webhooks (server/config-phone.ts).
  .extend(phoneEnvSchema.shape)
  // The nightly adaptation (server/config-nightly.ts).
  .extend(nightlyEnvSchema.shape);

/** Variables whose value an error line never repeats. */
const SECRET_VARIABLES = new Set([
  'API_TOKEN',
  'DATABASE_URL',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  ...CALL_PAGE_SECRETS,
  ...PHONE_SECRETS,
]);

export interface Config {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL URL; absent → embedded PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  /** PostgreSQL connections the process opens (`DATABASE_POOL_SIZE`; two per core by default). */
  readonly databasePoolSize: number;
  readonly dataDir: string;
  /** Embedded PGlite flushes each commit to disk before it is acknowledged (`DATA_DIR_FSYNC=on`, default). */
  readonly dataDirFsync: boolean;
  /** Runners' active plans a process keeps in memory (0: none; `db/plan-cache.ts`). */
  readonly planCacheEntries: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Bearer token required on /api/* when set (and always required off loopback). */
  readonly apiToken?: string;
  /** An OpenAI-compatible model that words replies; absent → templates only. */
  readonly llm?: LlmConfig;
  /** The Telegram bot, when TELEGRAM_BOT_TOKEN is set. */
  readonly telegram?: TelegramConfig;
  /** The service's public HTTPS address (PUBLIC_BASE_URL), without a trailing slash. */
  readonly publicBaseUrl?: string;
  /** The browser call page (`GET /call`, `POST /voice/token`, Telegram `/call`), when its four Twilio values are set. */
  readonly callPage?: CallPageConfig;
  /** The phone line (Twilio webhooks under /voice/), when TWILIO_AUTH_TOKEN is set. */
  readonly phone?: PhoneConfig;
  /** The nightly adaptation (on unless NIGHTLY_ADAPTATION=off). */
  readonly nightly?: NightlyConfig;
}

/** Telegram settings: webhook mode when PUBLIC_BASE_URL is set, long polling otherwise. */
export interface TelegramConfig {
  readonly token: string;
  /** Bot API root, no trailing slash. */
  readonly apiRoot: string;
  readonly mode:
    | { readonly kind: 'polling' }
    | { readonly kind: 'webhook'; readonly url: string; readonly secretToken: string };
}

/** LLM settings as coach/prompts `createWording` takes them (it supplies the defaults). */
export interface LlmConfig {
  /** Base URL of the OpenAI-compatible API (absent: OpenAI's own). */
  readonly baseURL?: string;
  readonly apiKey?: string;
  readonly model?: string;
  /** Ask for streamed answers (SSE). */
  readonly stream: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/**
 * Parses an environment into a Config, or one line that names the bad variable.
 *
 * @example parseConfig({ PORT: 'abc' }) // → { ok: false, message: 'PORT: expected a whole number from 0 to 65535 (got "abc")' }
 */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const got = env[name];
    const shown = SECRET_VARIABLES.has(name) || got === undefined ? '' : ` (got "${got}")`;
    return { ok: false, message: `${name}: ${issue?.message ?? 'invalid value'}${shown}` };
  }
  const e = parsed.data;
  if (!isLoopbackHost(e.HOST) && e.API_TOKEN === undefined) {
    return {
      ok: false,
      message: `HOST: ${e.HOST} accepts connections from other machines; set API_TOKEN (at least 16 characters) or use HOST=127.0.0.1`,
    };
  }
  const apiKey = e.LLM_API_KEY ?? e.OPENAI_API_KEY;
  if (e.LLM_BASE_URL !== undefined && e.LLM_MODEL === undefined) {
    return { ok: false, message: 'LLM_MODEL: required when LLM_BASE_URL is set (e.g. llama3.1 for Ollama)' };
  }
  const publicBaseUrl = e.PUBLIC_BASE_URL?.replace(/\/+$/, '');
  const telegram = telegramConfig(
    e.TELEGRAM_BOT_TOKEN,
    e.TELEGRAM_API_ROOT,
    publicBaseUrl,
    e.TELEGRAM_WEBHOOK_SECRET,
  );
  if (typeof telegram === 'string') return { ok: false, message: telegram };
  const callPage = callPageConfig(e, publicBaseUrl);
  if (typeof callPage === 'string') return { ok: false, message: callPage };
  const phone = phoneConfig(e, publicBaseUrl);
  if (typeof phone === 'string') return { ok: false, message: phone };
  const nightly = nightlyConfig(e);
  const llmWanted = e.LLM_BASE_URL !== undefined || apiKey !== undefined;
  const llm: LlmConfig | undefined = llmWanted
    ? {
        ...(e.LLM_BASE_URL !== undefined ? { baseURL: e.LLM_BASE_URL } : {}),
        ...(apiKey !== undefined ? { apiKey } : {}),
        ...(e.LLM_MODEL !== undefined ? { model: e.LLM_MODEL } : {}),
        stream: e.LLM_STREAM === 'true' || e.LLM_STREAM === '1',
      }
    : undefined;
  return {
    ok: true,
    config: {
      host: e.HOST,
      port: e.PORT,
      ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
      databasePoolSize: e.DATABASE_POOL_SIZE,
      dataDir: e.DATA_DIR,
      dataDirFsync: e.DATA_DIR_FSYNC === 'on',
      planCacheEntries: e.PLAN_CACHE_ENTRIES,
      logLevel: e.LOG_LEVEL,
      ...(e.API_TOKEN ? { apiToken: e.API_TOKEN } : {}),
      ...(llm ? { llm } : {}),
      ...(telegram ? { telegram } : {}),
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
      ...(callPage ? { callPage } : {}),
      ...(phone ? { phone } : {}),
      ...(nightly ? { nightly } : {}),
    },
  };
}

/** The Telegram settings, or one error line for a combination that cannot work. */
function telegramConfig(
  token: string | undefined,
  apiRoot: string,
  publicBaseUrl: string | undefined,
  secret: string | undefined,
): TelegramConfig | undefined | string {
  if (token === undefined) {
    return secret !== undefined
      ? 'TELEGRAM_WEBHOOK_SECRET: set TELEGRAM_BOT_TOKEN too, or remove it'
      : undefined;
  }
  const root = apiRoot.replace(/\/+$/, '');
  if (publicBaseUrl === undefined) return { token, apiRoot: root, mode: { kind: 'polling' } };
  if (secret === undefined) {
    return 'TELEGRAM_WEBHOOK_SECRET: required when PUBLIC_BASE_URL is set (webhook mode); at least 16 characters of A-Z, a-z, 0-9, _ and -';
  }
  return {
    token,
    apiRoot: root,
    mode: { kind: 'webhook', url: `${publicBaseUrl}/telegram/webhook`, secretToken: secret },
  };
}

/** Exit code for a configuration error (EX_CONFIG from sysexits.h). */
export const EXIT_CONFIG = 78;

/** Reads `process.env` once; on a bad value prints one line to stderr and exits with 78. */
export function loadConfig(): Config {
  const result = parseConfig(process.env);
  if (!result.ok) {
    process.stderr.write(`runloop: configuration error: ${result.message}\n`);
    process.exit(EXIT_CONFIG);
  }
  return result.config;
}
