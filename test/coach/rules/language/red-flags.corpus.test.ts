import { RED_FLAG_CASES } from './corpus/red-flags.js';
import { runCorpus } from './run-corpus.js';

runCorpus('red-flags', RED_FLAG_CASES);
