import { WELLNESS_CASES } from './corpus/wellness.js';
import { runCorpus } from './run-corpus.js';

runCorpus('wellness', WELLNESS_CASES);
