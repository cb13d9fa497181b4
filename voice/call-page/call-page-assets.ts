/**
 * The page's files, read once when the routes are registered and served at pinned paths with
 * immutable caching: the Twilio Voice SDK bundle from node_modules (`/call/twilio-voice-<version>.min.js`,
 * the version read from its package.json), the page's own script (`/call/call-page-<hash>.js`) and its
 * stylesheet (`/call/call-page-<hash>.css`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CallPageAsset {
  /** The route path, e.g. `/call/twilio-voice-2.18.5.min.js`. */
  readonly path: string;
  readonly body: Buffer;
}

export interface CallPageAssets {
  readonly sdk: CallPageAsset;
  readonly script: CallPageAsset;
  readonly stylesheet: CallPageAsset;
}

/** The installed `@twilio/voice-sdk`: its version and its minified browser bundle. */
export function voiceSdkBundle(): { readonly version: string; readonly body: Buffer } {
  // The package's exports map hides package.json and dist/: find the root from its entry point.
  const entry = createRequire(import.meta.url).resolve('@twilio/voice-sdk');
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (!/^\d+\.\d+\.\d+[\w.-]*$/.test(version)) throw new Error(`@twilio/voice-sdk: odd version ${version}`);
  return { version, body: readFileSync(join(root, 'dist', 'twilio.min.js')) };
}

/** A file of `browser/` at `/call/<name>-<hash>.<ext>` (the hash changes the path when the file does). */
function hashedAsset(file: string): CallPageAsset {
  const body = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'browser', file));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = file.lastIndexOf('.');
  return { path: `/call/${file.slice(0, dot)}-${hash}${file.slice(dot)}`, body };
}

export function loadCallPageAssets(): CallPageAssets {
  const sdk = voiceSdkBundle();
  return {
    sdk: { path: `/call/twilio-voice-${sdk.version}.min.js`, body: sdk.body },
    script: hashedAsset('call-page.js'),
    stylesheet: hashedAsset('call-page.css'),
  };
}
