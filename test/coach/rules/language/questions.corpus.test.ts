import { QUESTION_CASES } from './corpus/questions.js';
import { runCorpus } from './run-corpus.js';

runCorpus('coaching questions', QUESTION_CASES);
