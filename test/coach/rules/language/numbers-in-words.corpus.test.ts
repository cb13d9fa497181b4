import { NUMBER_WORD_CASES } from './corpus/numbers-in-words.js';
import { runCorpus } from './run-corpus.js';

runCorpus('numbers-in-words', NUMBER_WORD_CASES);
