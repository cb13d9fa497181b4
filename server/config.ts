/**
 * Typed configuration, parsed once. `parseConfig(env)` is pure (tests call it); `loadConfig()` is the only
 * place in runloop that reads `process.env`. A bad value stops the process with one line naming the
 * variable and what it expects.
 */
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const envSchema = z.object({
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  PORT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+$/, 'expected a whole number from 0 to 65535')
      .transform(Number)
      .pipe(z.number().int().min(0, 'expected 0–65535').max(65535, 'expected 0–65535'))
      .default(3000),
  ),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
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
});

export interface Config {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL URL; absent → embedded PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Bearer token required on /api/* when set (and always required off loopback). */
  readonly apiToken?: string;
  /** An OpenAI-compatible model that words replies; absent → templates only. */
  readonly llm?: LlmConfig;
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
    const shown =
      name === 'API_TOKEN' || name === 'DATABASE_URL' ? '' : got === undefined ? '' : ` (got "${got}")`;
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
      dataDir: e.DATA_DIR,
      logLevel: e.LOG_LEVEL,
      ...(e.API_TOKEN ? { apiToken: e.API_TOKEN } : {}),
      ...(llm ? { llm } : {}),
    },
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
