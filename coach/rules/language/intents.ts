import type { Intent } from './types.js';

/** A message that is only a list of weekdays ("Mon, Wed and Sat"): the runner's running days. */
const DAY_WORD = String.raw`(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?s?`;
const DAYS_ONLY = new RegExp(
  String.raw`^\s*${DAY_WORD}(?:\s*(?:,|\+|&|/|and|or|\s)\s*${DAY_WORD})+\s*[.!]?\s*$`,
);

/** Short agreeing replies; one or several in a row ("ok, let's do it"), optionally thanking the coach. */
const AGREE = String.raw`(?:yes|yep|yeah|yup|ya|yes please|y|ok|okay|k|kk|sure|deal|accept|accepted|sounds good|sounds great|let'?s do it|let'?s do that|let'?s go|do it|fine|fine by me|go for it|agreed|perfect|great|cool|alright|works for me|i accept|accept (?:it|that|the change|the new (?:plan|session))|that works)`;
const ACCEPT = new RegExp(
  String.raw`^${AGREE}(?:[\s.!,]+${AGREE})*\b[\s.!,]*(?:thanks|thank you|cheers|ty)?[\s.!,]*(?:coach)?[\s.!]*$|\baccept(?:ed)? (?:the )?(?:change|new (?:plan|session)|it)\b`,
);

/** Keyword patterns per intent, on the normalised message. Slot-driven intents are added in `parse-message.ts`. */
export const INTENT_PATTERNS: readonly (readonly [Intent, RegExp])[] = [
  [
    'delete_me',
    /\b(?:delete|remove|erase|wipe|destroy) (?:me|my (?:account|data|profile|info|information|stuff|history)|all my data|everything(?: about me)?)\b|\bforget (?:me|about me|everything about me|all about me)\b|\bgdpr (?:delete|erasure|request)\b|\bright to be forgotten\b|\b(?:close|cancel|delete|terminate) (?:my |the )?account\b|\bunsubscribe me\b/,
  ],
  [
    'pause',
    /\bpause\b|\btake a break\b|\b(?:need|taking|take) (?:a )?(?:few days|couple of days|week|weeks|some time|time) off\b|\bbreak from (?:running|training|the plan)\b|\bput (?:the plan|it|training|me) on hold\b|\bon hold\b|\bstop the plan\b|\bhold (?:the|my) plan\b|\b(?:on|going on) (?:holiday|vacation)\b|\btravel(?:l)?ing\b|\bcan't run (?:for|this|next)\b|\bwon't be (?:able to )?run(?:ning)?\b|\baway (?:for|next|this|until)\b|\bwork trip\b|\bbusiness trip\b|\bsidelined\b|\bneed to (?:stop|rest|take (?:a )?break)\b|\bstop (?:running |training )?for (?:a|the|\d)|\bout (?:injured|sick)\b/,
  ],
  [
    'resume',
    /\bresume\b|\bunpause\b|\bun-pause\b|\bi'm back\b|\bback (?:to|from) (?:running|training|injury|holiday|vacation|my trip)\b|\bready to (?:run|train|go|start) again\b|\bstart (?:again|back|training again)\b|\brestart(?: the plan| training)?\b|\bback in (?:action|business|the game)\b|\bpick (?:it|the plan|things) back up\b|\blet's go again\b|\bcleared to run\b/,
  ],
  [
    'race_result',
    /\b(?:raced|race|race result|race time|my race|the race|a race|race today|race yesterday|pb|pr|personal best|personal record|new best|chip time|official time|gun time|finish(?:ed|ing)? time|finished the (?:half|marathon|race|10k|5k)|parkrun|time trial|tt)\b/,
  ],
  [
    'ask_today',
    /\bwhat(?:'s| is| do i have| am i (?:doing|running)| should i (?:do|run)| do i do| to do| on| about)\b[^.!?,]*\b(?:today|tonight|tomorrow|this morning|this evening|now)\b|\btoday'?s (?:session|workout|run|plan|training)\b|\b(?:session|workout|run|plan|training) (?:for )?(?:today|tomorrow|tonight)\s*\?|\bwhat(?:'s| is) (?:on|up) (?:for )?(?:today|tomorrow)\b|\bwhat(?:'s| is) next\b|\bwhat now\b|\bshould i (?:still )?(?:run|train|go (?:out|for a run)|do (?:it|the session)|(?:do|skip) (?:the|my|today'?s|tonight'?s) (?:tempo|intervals?|long run|session|workout|run|easy run|track|hills?|threshold|speed ?work|reps))\b|\bdo i run (?:today|tomorrow)\b|\b(?:can|could|should) i (?:still )?(?:run|do|go for)\b[^.!?,]*\b(?:on |this |next )?(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:\?|$)|\bnext (?:session|workout|run)\b|\bwhat(?:'s| is| do i have| am i (?:doing|running)| should i (?:do|run))\b[^.!?,]*\b(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/,
  ],
  [
    'ask_week',
    /\b(?:this|next|the|my|coming) week(?:'s)?(?: plan| schedule| look| ahead)?\b[^.!]*\?|\bwhat(?:'s| is| does)\b[^.!?]*\b(?:this|next|the|my) week\b|\bweek(?:ly)? (?:plan|schedule|overview)\b|\bshow (?:me )?(?:my |the |this |next )?week\b|\bweek ahead\b|\bplan for (?:the |this )?weekend\b|\bwhat(?:'s| is| do i have| am i (?:doing|running))\b[^.!?]*\b(?:this|the) weekend\b|\bplan for the week\b|\brest of the week\b/,
  ],
  [
    'ask_paces',
    /\b(?:my|the|what|which|training|easy|tempo|threshold|interval|marathon|race) paces?\b[^.!]*\?|\bmy paces\b|\bwhat(?:'s| is| are) (?:my|the) (?:easy|tempo|threshold|interval|marathon|long run|race|recovery) paces?\b|\bwhat pace\b|\bhow fast should\b|\b(?:training|heart rate|hr) zones\b|\bmy zones\b|\bvdot\b|\bpaces\??$|\bpace chart\b|\bwhat are my (?:paces|zones|numbers)\b/,
  ],
  [
    'ask_why',
    /\bwhy\b|\bhow come\b|\bwhat for\b|\bwhat's the (?:reason|point)\b|\breason (?:for|behind)\b|\bexplain\b|\bwhat changed\b/,
  ],
  [
    'change_persona',
    /\bpersona\b|\bcoach(?:ing)? (?:voice|style|personality|tone|mode)\b|\bdrill[- ]?sergeant\b|\bhype (?:coach|mode|me)\b|\bhype\b|\bbest ?friend\b|\b(?:be|sound|talk) (?:nicer|kinder|tougher|harsher|gentler|meaner|softer|more (?:chill|neutral|positive|hyped|energetic|strict|supportive))\b|\b(?:switch|change) (?:the |my |your )?(?:coach|voice|tone|style)\b|\bneutral (?:voice|coach|tone|mode)\b|\bless (?:cheesy|shouty|intense|harsh)\b|\btough love\b|\bjust the facts\b|\byell at me\b/,
  ],
  [
    'change_days',
    /\b(?:change|switch|move|swap|update|shift) (?:my |the )?(?:running |training |run )?(?:days|schedule)\b|\b(?:change|switch|move|swap|shift) (?:my |the )?long run\b|\blong run (?:on|to) (?:mon|tue|wed|thu|fri|sat|sun)|\b(?:can|could) only run\b|\bonly (?:run|train|free)(?: on)?\b|\b(?:can't|cannot|can no longer) run on\b|\b(?:available|free) (?:to run )?on\b|\brun (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)\w* (?:and|,)|\bprefer (?:to run )?(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)|\bcan (?:now |also )?run (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)|\bdays? (?:i run|to run|per week)\b|\b\d days a week\b|\bnew days\b/,
  ],
  [
    'change_goal',
    /\b(?:change|update|move|moved|new|set|switch) (?:my |the )?(?:goal|target|race date|race day|goal race|target race|target time|goal time|race to)\b|\bmy (?:goal|target) (?:is|race is|time is)\b|\b(?:signed up|registered|entered) (?:for )?(?:a|the|my)\b|\b(?:race|marathon|half) (?:is|got) (?:now |moved )?(?:on|to)\b|\bgoal (?:is|of) (?:a |to )?(?:sub|break|run)\b/,
  ],
  [
    'export',
    /\bexport\b|\bdownload (?:my|all|the)\b|\b(?:send|give) me (?:my|all my) data\b|\bcopy of my data\b|\bmy data\b|\bcsv\b|\bbackup\b|\bdata dump\b/,
  ],
  ['accept', ACCEPT],
  [
    'keep_original',
    /\bkeep (?:the |my )?original\b|\boriginal (?:plan|session) please\b|\bkeep (?:it|my plan|the plan|(?:the )?old (?:plan|session|one)|my session|what i had)(?: as (?:it )?(?:is|was))?\b|\bstick (?:with|to) (?:the |my )?(?:original|old|plan|session)\b|\bno thanks\b|\bno,? thank you\b|^(?:no|nope|nah|n|don't|rather not|i'd rather not|decline)[\s.!]*$|\bdon't change (?:it|anything|my plan)\b|\bi'll do the original\b|\bleave it as (?:it )?(?:is|was)\b|\b(?:go|switch|change it) back to the (?:old|original|previous) (?:plan|session|one)\b/,
  ],
  [
    'undo',
    /^\s*\/?undo\b|\bundo (?:that|it|the last|my last)\b|\b(?:that|it|this) (?:wasn'?t|was not|isn'?t|is not) (?:a |my )?(?:run|workout)\b|\b(?:delete|remove|scratch|cancel|take back|erase) (?:that|the last|my last|this) ?(?:one|run|entry|log|check-?in|rating|rpe)?\s*[.!]*\s*$|\bi didn'?t (?:mean|want) to log (?:that|it)\b|^\s*(?:oops|whoops),? (?:ignore|delete|undo|scratch) (?:that|it)\b|^\s*ignore (?:that|the last (?:one|message))\s*[.!]*\s*$/,
  ],
  [
    'greeting',
    /^(?:hi|hello|hey|heya|hiya|yo|howdy|hullo|hallo|hola|sup|g'?day|good (?:morning|afternoon|evening)|morning(?! (?:check|run|jog|walk|ride))|evening(?! (?:run|jog|walk))|hi there|hey there|hey coach|hi coach|hello coach)\b/,
  ],
  [
    'help',
    /^\/?(?:help|start)\b|\bwhat can you do\b|\bhow does this work\b|\bwhat do i do\b|\bcommands\b|^\?+$|\bhelp me\b|\bhow do i use\b|\bwhat can i (?:say|ask)\b/,
  ],
];

/** "back after a work trip", "just got back from holiday": the break is over. */
const BACK_FROM = /\b(?:back|home|returned|got back) (?:after|from)\b/;

/**
 * Questions asked in a word or two, the way the help text and buttons put them ("today", "this week"):
 * they must be the whole message, so "today I ran 5k" stays a run.
 */
const SHORT_FORMS: readonly (readonly [Intent, RegExp])[] = [
  [
    'ask_today',
    /^\s*(?:today|today'?s (?:run|session|workout|plan)|session today|(?:and )?today)\s*[?.!]*\s*$/,
  ],
  [
    'ask_week',
    /^\s*(?:(?:this|my|the|coming|next) )?week(?:'s plan| plan| schedule)?\s*[?.!]*\s*$|^\s*plan for (?:this|the) week\s*[?.!]*\s*$/,
  ],
];

/**
 * Intents named by keywords (no slots needed): `what's today?` → ask_today, `delete my data` →
 * delete_me, `yes` → accept. Accept and keep-original only fire on short replies or explicit phrases,
 * so `no pain` is not a refusal.
 *
 * @example
 * keywordIntents("what's on today?") // → ['ask_today']
 */
export function keywordIntents(text: string): Intent[] {
  const out: Intent[] = [];
  for (const [intent, re] of INTENT_PATTERNS) if (re.test(text)) out.push(intent);
  for (const [intent, re] of SHORT_FORMS) if (re.test(text) && !out.includes(intent)) out.push(intent);
  if (DAYS_ONLY.test(text) && !out.includes('change_days')) out.push('change_days');
  // Coming back from a trip is a return (and maybe a check-in), never a reason to pause.
  if (out.includes('pause') && BACK_FROM.test(text)) {
    out.splice(out.indexOf('pause'), 1);
    if (!out.includes('resume')) out.push('resume');
  }
  if (out.includes('delete_me')) return out.filter((i) => i !== 'export');
  return out;
}
