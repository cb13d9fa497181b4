import { DATE_CASES } from './corpus/dates.js';
import { runCorpus } from './run-corpus.js';

runCorpus('dates', DATE_CASES);
