import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShownGate } from '../../src/workers/shown-gate.ts';

describe('ShownGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('holds an import until its map is shown', async () => {
    const gate = new ShownGate(8000);
    const waiting = gate.whenShown(3);
    expect(await settled(waiting)).toBe(false);
    gate.shown(2); // another import's map
    expect(await settled(waiting)).toBe(false);
    gate.shown(3);
    expect(await settled(waiting)).toBe(true);
    expect(gate.pending).toBe(0);
  });

  it('lets the import go when the word came first', async () => {
    const gate = new ShownGate(8000);
    gate.shown(5);
    expect(await settled(gate.whenShown(5))).toBe(true);
    // The word is used once.
    expect(await settled(gate.whenShown(5))).toBe(false);
  });

  it('lets the import go after the wait when no word comes (hidden tab)', async () => {
    const gate = new ShownGate(8000);
    const waiting = gate.whenShown(1);
    await vi.advanceTimersByTimeAsync(7999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
    expect(gate.pending).toBe(0);
  });

  it('lets older imports go when a newer graph replaces theirs', async () => {
    const gate = new ShownGate(8000);
    const older = gate.whenShown(1);
    const newer = gate.whenShown(2);
    gate.releaseOlder(2);
    expect(await settled(older)).toBe(true);
    expect(await settled(newer)).toBe(false);
    expect(gate.pending).toBe(1);
  });

  it('forgets early words of imports long gone', async () => {
    const gate = new ShownGate(8000);
    gate.shown(1);
    gate.shown(20);
    expect(await settled(gate.whenShown(1))).toBe(false);
    expect(await settled(gate.whenShown(20))).toBe(true);
  });
});
