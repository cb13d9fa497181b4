import { describe, expect, it } from 'vitest';
import { memoryOf } from '../../bench/server-process.js';

describe.runIf(process.platform === 'linux')('memoryOf', () => {
  it("reads a process's resident memory and its peak, in MB", () => {
    const memory = memoryOf(process.pid);
    expect(memory?.rssMb).toBeGreaterThan(1);
    expect(memory!.peakMb).toBeGreaterThanOrEqual(memory!.rssMb);
  });

  it('is undefined for a process that does not exist', () => {
    expect(memoryOf(2 ** 22 + 1)).toBeUndefined();
  });
});
