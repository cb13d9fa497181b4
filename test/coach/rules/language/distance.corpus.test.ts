import { DISTANCE_CASES } from './corpus/distance.js';
import { runCorpus } from './run-corpus.js';

runCorpus('distance', DISTANCE_CASES);
