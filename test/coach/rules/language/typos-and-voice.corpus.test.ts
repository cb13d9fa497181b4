import { TYPO_AND_VOICE_CASES } from './corpus/typos-and-voice.js';
import { runCorpus } from './run-corpus.js';

runCorpus('typos-and-voice', TYPO_AND_VOICE_CASES);
