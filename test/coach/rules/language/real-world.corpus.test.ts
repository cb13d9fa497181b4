import { REAL_WORLD_CASES } from './corpus/real-world.js';
import { runCorpus } from './run-corpus.js';

runCorpus('real-world', REAL_WORLD_CASES);
