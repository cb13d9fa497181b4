/** voice/: the phone line (Twilio webhooks → the coach's call front door → TwiML). */
export { createVoiceRoutes, DEFAULT_ANSWER_WITHIN_MS } from './voice-routes.js';
export type { CallFrontDoor, VoiceRouteDeps } from './voice-routes.js';
export { renderApology, renderCallStep, spokenLine, gatherHints } from './render-twiml.js';
export type { TwimlSettings } from './render-twiml.js';
export { isTwilioSignatureValid, signedUrl } from './twilio-signature.js';
export { parseCallEnd, parseCallInput, parseCallStart, parseCallTurn } from './twilio-params.js';
export { VOICE_PATHS } from './voice-paths.js';
export { parseTwiml } from './parse-twiml.js';
export type { Heard } from './parse-twiml.js';
export { LOCAL_CALL_BASE_URL, startLocalCall } from './local-call.js';
export type { LocalCall, LocalCallDeps } from './local-call.js';
