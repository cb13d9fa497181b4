import { HEART_RATE_CASES } from './corpus/heart-rate.js';
import { runCorpus } from './run-corpus.js';

runCorpus('heart-rate', HEART_RATE_CASES);
