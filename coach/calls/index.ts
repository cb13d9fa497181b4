/** The phone line's coach side (issue 13): start a call, take its turns, end it. Channels render the steps. */
export { startCall } from './start-call.js';
export { callTurn } from './call-turn.js';
export { endCall } from './end-call.js';
export { CALL_KEYS, MIN_SPEECH_CONFIDENCE } from './call-caller.js';
export type { CallEnd, CallInput, CallStart, CallStep, CallTurn } from './call-types.js';
