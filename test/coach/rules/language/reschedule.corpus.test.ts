import { RESCHEDULE_CASES } from './corpus/reschedule.js';
import { runCorpus } from './run-corpus.js';

runCorpus('rescheduling and short-term limits', RESCHEDULE_CASES);
