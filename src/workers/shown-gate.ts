// Holds an import's full analysis until the app says that its map is on screen.
//
// On two cores the centrality kernel's workers would take the cores that the import's last
// steps and the first drawing need (10,000 actors: first picture of the map 6.2 s → 3.9 s,
// BENCHMARKS.md). Without word from the app (a hidden tab draws nothing) the analysis starts
// anyway after `wait` ms.

export class ShownGate {
  private readonly waiting = new Map<number, () => void>();
  /** Words that came before anyone waited (kept for the latest imports only). */
  private readonly early = new Set<number>();

  constructor(private readonly wait: number) {}

  /** The app has import `id`'s map on screen. */
  shown(id: number): void {
    const go = this.waiting.get(id);
    if (go) {
      go();
      return;
    }
    this.early.add(id);
    // Only the last few imports can still be waited for.
    for (const old of this.early) if (old < id - 8) this.early.delete(old);
  }

  /** Resolves once import `id`'s map is on screen, or after the wait. */
  whenShown(id: number): Promise<void> {
    if (this.early.delete(id)) return Promise.resolve();
    return new Promise((resolve) => {
      const go = () => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(go, this.wait);
      this.waiting.set(id, go);
    });
  }

  /** Lets every import older than `id` go (a newer graph replaced theirs: they stop). */
  releaseOlder(id: number): void {
    for (const [waiting, go] of [...this.waiting]) if (waiting < id) go();
  }

  /** Imports still waiting. */
  get pending(): number {
    return this.waiting.size;
  }
}
