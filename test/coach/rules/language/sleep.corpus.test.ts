import { SLEEP_CASES } from './corpus/sleep.js';
import { runCorpus } from './run-corpus.js';

runCorpus('sleep', SLEEP_CASES);
