import { PACE_CASES } from './corpus/pace.js';
import { runCorpus } from './run-corpus.js';

runCorpus('pace', PACE_CASES);
