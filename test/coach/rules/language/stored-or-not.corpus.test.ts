import { RUNNER_TEXT_CASES } from './corpus/runner-texts.js';
import { STORED_OR_NOT_CASES } from './corpus/stored-or-not.js';
import { runCorpus } from './run-corpus.js';

runCorpus('stored-or-not (issue 11 §3)', STORED_OR_NOT_CASES);
runCorpus('runner texts', RUNNER_TEXT_CASES);
