import { MIXED_CASES } from './corpus/mixed.js';
import { runCorpus } from './run-corpus.js';

runCorpus('mixed', MIXED_CASES);
