// Holds an import's full analysis until the app says that its map is on screen.
//
// On two cores the centrality kernel's workers would take the cores that the import's last
// steps and the first drawing need (10,000 actors: first picture of the map 6.2 s → 3.9 s,
// BENCHMARKS.md). Without word from the app (a hidden tab draws nothing) the analysis starts
// anyway after `wait` ms.

/** Why an import went on: its map was shown, the wait ran out, or a newer graph replaced it. */
export type GateOpened = 'shown' | 'timeout' | 'replaced';

export class ShownGate {
  private readonly waiting = new Map<number, (why: GateOpened) => void>();
  /** Words that came before anyone waited (kept for the latest imports only). */
  private readonly early = new Set<number>();

  constructor(private readonly wait: number) {}

  /** The app has import `id`'s map on screen. */
  shown(id: number): void {
    const go = this.waiting.get(id);
    if (go) {
      go('shown');
      return;
    }
    this.early.add(id);
    // Only the last few imports can still be waited for.
    for (const old of this.early) if (old < id - 8) this.early.delete(old);
  }

  /** Resolves once import `id`'s map is on screen, or after the wait; says which. */
  whenShown(id: number): Promise<GateOpened> {
    if (this.early.delete(id)) return Promise.resolve('shown');
    return new Promise((resolve) => {
      const go = (why: GateOpened) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(why);
      };
      const timer = setTimeout(() => go('timeout'), this.wait);
      this.waiting.set(id, go);
    });
  }

  /** Lets every import older than `id` go (a newer graph replaced theirs: they stop). */
  releaseOlder(id: number): void {
    for (const [waiting, go] of [...this.waiting]) if (waiting < id) go('replaced');
  }

  /** Imports still waiting. */
  get pending(): number {
    return this.waiting.size;
  }
}
