import { RPE_CASES } from './corpus/rpe.js';
import { runCorpus } from './run-corpus.js';

runCorpus('rpe', RPE_CASES);
