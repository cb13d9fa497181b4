import { PAIN_CASES } from './corpus/pain.js';
import { runCorpus } from './run-corpus.js';

runCorpus('pain', PAIN_CASES);
