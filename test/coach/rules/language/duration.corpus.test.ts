import { DURATION_CASES } from './corpus/duration.js';
import { runCorpus } from './run-corpus.js';

runCorpus('duration', DURATION_CASES);
