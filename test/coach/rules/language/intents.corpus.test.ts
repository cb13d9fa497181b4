import { INTENT_CASES } from './corpus/intents.js';
import { runCorpus } from './run-corpus.js';

runCorpus('intents', INTENT_CASES);
