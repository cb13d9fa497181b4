import { MISREAD_CASES } from './corpus/misreads.js';
import { runCorpus } from './run-corpus.js';

runCorpus('misreads', MISREAD_CASES);
