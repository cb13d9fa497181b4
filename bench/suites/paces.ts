/**
 * Paces, rep times and race equivalents for one athlete (issue 3: well under a millisecond). Baselines in the
 * same run: a JSON.stringify of a small object and the bare Daniels–Gilbert VDOT of one race.
 */
import { repTimes } from '../../coach/rules/paces/rep-times.js';
import { trainingPaces } from '../../coach/rules/paces/training-paces.js';
import { equationVdot } from '../../coach/rules/vdot/daniels-gilbert.js';
import { raceEquivalents } from '../../coach/rules/vdot/equivalent-race-time.js';
import { vdotFromRace } from '../../coach/rules/vdot/vdot-from-race.js';
import type { BenchSuite } from '../measure.js';
import { microRow, MICRO_TABLE_HEADER } from '../measure.js';
import { micro } from '../micro.js';

let i = 0;
/** A different athlete each call (VDOT 35–65, 5K 17–30 min) so nothing is cached or folded away. */
const nextVdot = () => 35 + ((i++ * 7.31) % 30);
const nextFiveK = () => 17 * 60 + ((i++ * 37.7) % 780);

function athlete(vdot: number) {
  return { vdot, paces: trainingPaces(vdot), reps: repTimes(vdot), equivalents: raceEquivalents(vdot) };
}

const suite: BenchSuite = {
  title: 'Paces and race equivalents for one athlete',
  async run() {
    const [json, equation, given, fromFiveK, fromEightK] = micro([
      {
        name: 'baseline: JSON.stringify of a small object',
        fn: () => JSON.stringify({ vdot: nextVdot(), easy: { from: 296, to: 334 }, marathon: 271 }),
      },
      { name: 'baseline: bare Daniels–Gilbert VDOT of one 5K', fn: () => equationVdot(5000, nextFiveK()) },
      { name: 'paces + rep times + equivalents from a VDOT', fn: () => athlete(nextVdot()) },
      {
        name: '5K race → VDOT → paces + rep times + equivalents',
        fn: () => {
          const v = vdotFromRace(5000, nextFiveK());
          return v.ok ? athlete(v.value) : v;
        },
      },
      {
        name: '8K race (between table distances) → VDOT → all of it',
        fn: () => {
          const v = vdotFromRace(8000, 1.62 * nextFiveK());
          return v.ok ? athlete(v.value) : v;
        },
      },
    ]);
    return [
      MICRO_TABLE_HEADER,
      microRow(json!),
      microRow(equation!, json),
      microRow(given!, json),
      microRow(fromFiveK!, json),
      microRow(fromEightK!, json),
    ].join('\n');
  },
};

export default suite;
