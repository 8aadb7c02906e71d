// Node order for the kernel. brandes.ts searches from 32 consecutive sources at once, and
// a node costs one expansion per distinct distance it has from them: sources that sit
// close together share their levels. Sources in spreadsheet order are scattered across
// the network (a random order costs ~40 % more than this one on the benchmark graph).

/**
 * An order of nodes start..end−1 (a range closed under adjacency: a component or a block)
 * made of "balls": from the first node not yet placed (in breadth-first order from
 * `start`), the `size` nearest unplaced nodes. `start` comes first.
 */
export function ballOrder(
  offsets: Int32Array,
  neighbors: Int32Array,
  start: number,
  end: number,
  size = 32,
): Int32Array {
  const count = end - start;
  const order = new Int32Array(count);
  if (count === 0) return order;
  const placed = new Uint8Array(count);
  const mark = new Int32Array(count);
  const queue = new Int32Array(count);
  // Seeds are taken in breadth-first order from `start`, so balls follow each other.
  const seeds = breadthFirst(offsets, neighbors, start, end);
  // A ball's search stops after this many nodes, so that balls in an already well
  // placed neighbourhood cost little; the rest of the ball then comes from the seeds.
  const budget = 16 * size;
  let placedCount = 0;
  let seedAt = 0;
  let stamp = 0;
  while (placedCount < count) {
    while (placed[(seeds[seedAt] as number) - start] === 1) seedAt++;
    const seed = seeds[seedAt] as number;
    stamp++;
    let head = 0;
    let tail = 1;
    queue[0] = seed;
    mark[seed - start] = stamp;
    let got = 0;
    while (head < tail && got < size && head < budget) {
      const v = queue[head++] as number;
      if (placed[v - start] === 0) {
        placed[v - start] = 1;
        order[placedCount++] = v;
        got++;
      }
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = neighbors[k] as number;
        if (mark[w - start] !== stamp) {
          mark[w - start] = stamp;
          queue[tail++] = w;
        }
      }
    }
  }
  return order;
}

function breadthFirst(offsets: Int32Array, neighbors: Int32Array, start: number, end: number) {
  const count = end - start;
  const seen = new Uint8Array(count);
  const order = new Int32Array(count);
  let tail = 0;
  for (let root = start; root < end; root++) {
    if (seen[root - start] === 1) continue;
    seen[root - start] = 1;
    let head = tail;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++] as number;
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = neighbors[k] as number;
        if (seen[w - start] === 0) {
          seen[w - start] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}

/** The CSR relabelled so that new node i is old node order[i]; lists stay sorted. */
export function permuteCsr(
  offsets: Int32Array,
  neighbors: Int32Array,
  order: Int32Array,
): { offsets: Int32Array; neighbors: Int32Array } {
  const n = order.length;
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) position[order[i] as number] = i;
  const newOffsets = new Int32Array(n + 1);
  const newNeighbors = new Int32Array(neighbors.length);
  for (let i = 0; i < n; i++) {
    const old = order[i] as number;
    const from = offsets[old] as number;
    const to = offsets[old + 1] as number;
    const at = newOffsets[i] as number;
    for (let k = from; k < to; k++)
      newNeighbors[at + k - from] = position[neighbors[k] as number] as number;
    newNeighbors.subarray(at, at + to - from).sort();
    newOffsets[i + 1] = at + to - from;
  }
  return { offsets: newOffsets, neighbors: newNeighbors };
}
