/**
 * The persona phrase banks: the lines that make a template sound like its coach. Facts never live here
 * (no numbers): the family templates put the engine's numbers around these lines. Each pushy persona has
 * a softened bank, used when readiness is poor, the runner is ill or hurting, or a red flag fired.
 */
import type { Persona } from '../persona.js';

export interface Voice {
  /** Opens a reply; `name` is the runner's first name when known. */
  readonly hello: (name?: string) => string;
  readonly planIntro: string;
  readonly hardDay: string;
  readonly easyDay: string;
  readonly restDay: string;
  readonly logged: string;
  /** Opens the reply to a logged race (never calls it a run of the plan). */
  readonly raceLogged: string;
  /** Opens the reply to an easy run run in the gray zone (no praise for running it too hard). */
  readonly grayZoneLogged: string;
  readonly askRpe: string;
  readonly readinessGood: string;
  /** One recovery signal (one short night, say): train as planned, never "fine" or "fit". */
  readonly readinessOk: string;
  /** Readiness is poor: never "fine" or "fit". */
  readonly readinessPoor: string;
  readonly changeIntro: string;
  /** Opens advice that changes nothing in the plan (a note on the last run). */
  readonly noteIntro: string;
  readonly progress: string;
  readonly accepted: string;
  readonly kept: string;
  readonly paused: string;
  readonly resumed: string;
  readonly intro: string;
  readonly confused: string;
  /** Opens the one-line confirmation of what the runner just told the coach (onboarding). */
  readonly gotIt: string;
  /** Opens the reply to "undo": what the runner took back is gone. */
  readonly undone: string;
  /** Opens the honest reply to a question the coach has no answer for yet. */
  readonly cannotAnswer: string;
  /** Opens the reply to a quick reply that no longer applies (nothing was stored). */
  readonly optionStale: string;
  readonly signOff: string;
}

const neutral: Voice = {
  hello: (name) => (name ? `Hi ${name}.` : 'Hi.'),
  planIntro: 'Your plan is ready.',
  hardDay: 'A quality day: hold the paces, not faster.',
  easyDay: 'Keep it conversational.',
  restDay: 'Rest is part of the plan: it is when the training sinks in.',
  logged: 'Run logged.',
  raceLogged: 'Race logged.',
  grayZoneLogged: 'Run logged, but that was not an easy run.',
  askRpe: 'How hard did that feel, from 1 (very easy) to 10 (maximal)?',
  readinessGood: 'You look recovered: train as planned.',
  readinessOk: 'One sign of fatigue today: train as planned, keep the effort honest and listen to your body.',
  readinessPoor: 'Recovery looks low today, so we take it easier.',
  changeIntro: 'I changed your plan.',
  noteIntro: 'A note on your last run, no change to the plan.',
  progress: 'Progress:',
  accepted: 'Done: the change stays.',
  kept: 'Understood: back to the original session.',
  paused: 'Training is paused.',
  resumed: 'Welcome back: training resumes gently.',
  intro: 'I will keep things plain and clear.',
  confused: 'I did not catch that.',
  gotIt: 'Got it:',
  undone: 'Removed.',
  cannotAnswer: 'Good question, but I can’t answer that one yet.',
  optionStale: 'That choice no longer applies.',
  signOff: '',
};

const drill: Voice = {
  hello: (name) => (name ? `Listen up, ${name}.` : 'Listen up.'),
  planIntro: 'Here are your orders.',
  hardDay: 'Quality day. Hit the paces. Not faster, not slower. No excuses.',
  easyDay: 'Easy means easy. If you can’t talk, you’re going too fast. Slow it down.',
  restDay: 'Rest day. That is an order. Legs up, no sneaky miles.',
  logged: 'Logged. Good work, soldier.',
  raceLogged: 'Race logged. Well fought, soldier.',
  grayZoneLogged: 'Logged. That was no easy run, soldier.',
  askRpe: 'Report: how hard was it, 1 to 10? Be honest.',
  readinessGood: 'You’re fit for duty. Train as ordered.',
  readinessOk: 'Noted. Train as ordered, no heroics: listen to your body today.',
  readinessPoor: 'Recovery is low. Smart soldiers recover: we go easy today.',
  changeIntro: 'Change of orders.',
  noteIntro: 'Observation from your last run, orders stand.',
  progress: 'Progress report:',
  accepted: 'Change confirmed. Carry on.',
  kept: 'Original orders stand. Execute them with discipline.',
  paused: 'Training on hold. Rest up and report back when you’re ready.',
  resumed: 'Back on duty. We rebuild gradually, no heroics.',
  intro: 'Drill Sergeant reporting. Short orders, no excuses, and never reckless.',
  confused: 'Say again? I didn’t copy that.',
  gotIt: 'Copy that:',
  undone: 'Scratched from the log.',
  cannotAnswer: 'Negative, I can’t answer that one yet.',
  optionStale: 'Negative, that order is out of date.',
  signOff: 'Move out.',
};

const drillSoft: Voice = {
  ...drill,
  hello: (name) => (name ? `${name}, listen to me.` : 'Listen to me.'),
  hardDay: 'Today we go steady. That is the smart order.',
  easyDay: 'Easy today. Recovery is part of the mission.',
  logged: 'Logged. Well done.',
  raceLogged: 'Race logged. Well done.',
  readinessGood: 'You sound recovered. Follow today’s plan, steady and smart.',
  readinessOk: 'Noted. Follow today’s plan and listen to your body.',
  grayZoneLogged: 'Logged. Let’s talk about the pace.',
  readinessPoor: 'Your body is asking for recovery. Today we go easy, and that is the right call.',
  changeIntro: 'I’ve adjusted the plan to look after you.',
  signOff: 'Take care of yourself.',
};

const hype: Voice = {
  hello: (name) => (name ? `LET'S GO, ${name}!` : "LET'S GO!"),
  planIntro: 'Your plan is HERE and it is going to be awesome!',
  hardDay: 'Big session today! Lock into those paces and own it!',
  easyDay: 'Easy vibes today! Chatty pace, smile on, enjoy every step!',
  restDay: 'Rest day = growth day! Your body is building fitness right now!',
  logged: 'YES! Run in the bank!',
  raceLogged: 'RACE DONE! What a performance!',
  grayZoneLogged: 'Run in the bank! Quick pace check though:',
  askRpe: 'How did that feel? Give it a number from 1 to 10!',
  readinessGood: 'You are READY! Let’s make today count!',
  readinessOk: 'Train as planned today, and listen to your body!',
  readinessPoor: 'Recovery is low today, so we go easy and come back stronger!',
  changeIntro: 'Plan update!',
  noteIntro: 'Quick note on that run, the plan stays the same!',
  progress: 'Look at this progress:',
  accepted: 'Locked in! Great call!',
  kept: 'Original session it is! You’ve got this!',
  paused: 'Pausing for now! We’ll be right here when you’re ready!',
  resumed: 'You’re BACK! We ease in and build up, let’s go!',
  intro: 'Hype Coach in the house! Every run is a win and I will celebrate all of them!',
  confused: 'Whoa, I missed that one!',
  gotIt: 'Love it:',
  undone: 'Done, wiped it!',
  cannotAnswer: 'Love the question, but I can’t answer that one yet!',
  optionStale: 'Oops, that button has already done its job!',
  signOff: 'You’ve got this!',
};

const hypeSoft: Voice = {
  ...hype,
  hello: (name) => (name ? `Hey ${name}.` : 'Hey.'),
  hardDay: 'Today we keep it gentle, and that is a win too.',
  logged: 'Nice, run logged.',
  raceLogged: 'Nice, race logged.',
  readinessGood: 'You sound rested. Enjoy today’s plan, nice and steady.',
  readinessOk: 'Go with the plan today and listen to your body.',
  grayZoneLogged: 'Nice, run logged. A gentle pace check:',
  readinessPoor: 'Your body needs recovery today, so we go easy. Rest is how you come back strong.',
  changeIntro: 'I’ve eased the plan a little to look after you.',
  signOff: 'Take good care of yourself.',
};

const friend: Voice = {
  hello: (name) => (name ? `Hey ${name}!` : 'Hey!'),
  planIntro: 'I’ve put your plan together, and I think you’re going to love it.',
  hardDay: 'Quality day today! Settle into the paces, you can do this.',
  easyDay: 'Nice and easy today, at a pace where you could chat with me the whole way.',
  restDay: 'Rest day today. Put your feet up, you’ve earned it.',
  logged: 'Got it, your run is logged. Proud of you!',
  raceLogged: 'Got it, your race is logged. So proud of you!',
  grayZoneLogged: 'Got it, your run is logged. Can we talk about the pace?',
  askRpe: 'How did it feel? Pick a number from 1 (very easy) to 10 (all out).',
  readinessGood: 'You sound well rested. Enjoy today’s run!',
  readinessOk: 'You sound a little tired. Go with the plan and be kind to yourself.',
  readinessPoor: 'You sound tired, so let’s take it easier today. That’s the smart thing.',
  changeIntro: 'I’ve tweaked your plan a little.',
  noteIntro: 'Something I noticed in your last run (your plan stays as it is):',
  progress: 'Look how far you’ve come:',
  accepted: 'Great, the change is in.',
  kept: 'No problem, we’ll stick with the original.',
  paused: 'Training is paused. Look after yourself and tell me when you’re ready.',
  resumed: 'So good to have you back! We’ll ease in gently.',
  intro: 'It’s me, your running buddy. I’m in your corner, every step.',
  confused: 'Sorry, I didn’t quite get that.',
  gotIt: 'Lovely, so:',
  undone: 'No worries, I’ve taken that out.',
  cannotAnswer: 'Great question, I’m afraid I can’t answer that one yet.',
  optionStale: 'Ah, that choice doesn’t apply any more.',
  signOff: 'I’m here if you need me.',
};

const BANKS: Readonly<Record<Persona, { readonly normal: Voice; readonly soft: Voice }>> = Object.freeze({
  neutral: { normal: neutral, soft: neutral },
  'drill-sergeant': { normal: drill, soft: drillSoft },
  hype: { normal: hype, soft: hypeSoft },
  'best-friend': { normal: friend, soft: friend },
});

/**
 * The phrase bank for a persona, softened when `soft` is true (poor readiness, illness, pain, red flag).
 *
 * @example
 * voiceOf('drill-sergeant', false).restDay; // 'Rest day. That is an order. …'
 */
export function voiceOf(persona: Persona, soft: boolean): Voice {
  const bank = BANKS[persona];
  return soft ? bank.soft : bank.normal;
}
