import { TEXTED_CASES } from './corpus/texted.js';
import { runCorpus } from './run-corpus.js';

runCorpus('texted', TEXTED_CASES);
