import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShownGate } from '../../src/workers/shown-gate.ts';

describe('ShownGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** What the promise gave so far (undefined: still waiting). */
  const settled = async (p: Promise<string>) => {
    let value: string | undefined;
    void p.then((v) => (value = v));
    await vi.advanceTimersByTimeAsync(0);
    return value;
  };

  it('holds an import until its map is shown', async () => {
    const gate = new ShownGate(8000);
    const waiting = gate.whenShown(3);
    expect(await settled(waiting)).toBeUndefined();
    gate.shown(2); // another import's map
    expect(await settled(waiting)).toBeUndefined();
    gate.shown(3);
    expect(await settled(waiting)).toBe('shown');
    expect(gate.pending).toBe(0);
  });

  it('lets the import go when the word came first', async () => {
    const gate = new ShownGate(8000);
    gate.shown(5);
    expect(await settled(gate.whenShown(5))).toBe('shown');
    // The word is used once.
    expect(await settled(gate.whenShown(5))).toBeUndefined();
  });

  it('lets the import go after the wait when no word comes (hidden tab)', async () => {
    const gate = new ShownGate(8000);
    const waiting = gate.whenShown(1);
    await vi.advanceTimersByTimeAsync(7999);
    expect(await settled(waiting)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe('timeout');
    expect(gate.pending).toBe(0);
  });

  it('lets older imports go when a newer graph replaces theirs', async () => {
    const gate = new ShownGate(8000);
    const older = gate.whenShown(1);
    const newer = gate.whenShown(2);
    gate.releaseOlder(2);
    expect(await settled(older)).toBe('replaced');
    expect(await settled(newer)).toBeUndefined();
    expect(gate.pending).toBe(1);
    // The newer one still goes on its own word or at the end of its own wait.
    await vi.advanceTimersByTimeAsync(8000);
    expect(await settled(newer)).toBe('timeout');
  });

  it('forgets early words of imports long gone', async () => {
    const gate = new ShownGate(8000);
    gate.shown(1);
    gate.shown(20);
    expect(await settled(gate.whenShown(1))).toBeUndefined();
    expect(await settled(gate.whenShown(20))).toBe('shown');
  });
});
