/** voice/: the phone line (Twilio webhooks → the coach's call front door → TwiML). */
export { createVoiceRoutes, DEFAULT_ANSWER_WITHIN_MS } from './voice-routes.js';
export type { CallFrontDoor, VoiceRouteDeps } from './voice-routes.js';
export { renderApology, renderCallStep, spokenLine, gatherHints } from './render-twiml.js';
export type { TwimlSettings } from './render-twiml.js';
export { isTwilioSignatureValid, signedUrl } from './twilio-signature.js';
export { parseCallEnd, parseCallInput, parseCallStart, parseCallTurn } from './twilio-params.js';
export { VOICE_PATHS } from './voice-paths.js';
