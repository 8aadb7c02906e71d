// Hopcroft–Tarjan depth-first search for cut vertices, bridges and biconnected blocks,
// written by hand because graphology has none (docs/decisions/exact-centralities.md), and
// *iterative* (an explicit stack) because a 10,000-actor chain is 10,000 frames deep:
// Cytoscape's recursive version overflows the call stack on a 5,000-node path.
//
// It walks edge ids rather than "the parent vertex", so two parallel edges between the
// same actors form a cycle (neither is a bridge), as they should.

/** A CSR adjacency where each slot also names its edge (both slots of an edge share it). */
export interface EdgeAdjacency {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  edgeOf: Int32Array;
  edgeCount: number;
}

/** A biconnected block, found when `head` turns out to separate its DFS child `child`. */
export interface Block {
  /** The block's top vertex in the DFS tree (the one that sits nearest the root). */
  head: number;
  /** The DFS child of `head` through which the block was entered. */
  child: number;
  /** Edge ids of the block. */
  edges: number[];
}

export interface DepthFirst {
  /** Component index of each node (components numbered in order of their first node). */
  component: Int32Array;
  componentSize: number[];
  /** DFS parent, −1 for the root of a component. */
  parent: Int32Array;
  /** Size of the DFS subtree rooted at each node, the node included. */
  subtree: Int32Array;
  /** Nodes of the child subtrees a node separates (that lose touch with the rest without it). */
  separated: Int32Array;
  /** Size of the largest such subtree. */
  largestSeparated: Int32Array;
  /** Σ of the squares of those subtree sizes (for betweenness, see centrality.ts). */
  separatedSquares: Float64Array;
  isCut: Uint8Array;
  /** Bridge edge ids, in the order the search found them. */
  bridges: number[];
  /** Blocks in post-order: a block always comes before the block that contains its head
   * as an ordinary member. Only filled when asked for. */
  blocks: Block[];
}

export function depthFirst(adj: EdgeAdjacency, collectBlocks = false): DepthFirst {
  const { n, offsets, neighbors, edgeOf } = adj;
  const component = new Int32Array(n).fill(-1);
  const componentSize: number[] = [];
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n);
  const separated = new Int32Array(n);
  const largestSeparated = new Int32Array(n);
  const separatedSquares = new Float64Array(n);
  const separatedChildren = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const disc = new Int32Array(n); // discovery time, 0 = not yet seen
  const low = new Int32Array(n);
  const cursor = new Int32Array(n); // next adjacency slot to look at
  const stack = new Int32Array(n);
  const edgeStack: number[] = [];
  const bridges: number[] = [];
  const blocks: Block[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== 0) continue;
    const c = componentSize.length;
    let size = 0;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = ++time;
    cursor[root] = offsets[root] as number;
    component[root] = c;
    subtree[root] = 1;
    size++;
    while (top >= 0) {
      const v = stack[top] as number;
      const k = cursor[v] as number;
      if (k < (offsets[v + 1] as number)) {
        cursor[v] = k + 1;
        const w = neighbors[k] as number;
        const e = edgeOf[k] as number;
        if (e === parentEdge[v]) continue;
        if (disc[w] === 0) {
          parent[w] = v;
          parentEdge[w] = e;
          disc[w] = low[w] = ++time;
          cursor[w] = offsets[w] as number;
          component[w] = c;
          subtree[w] = 1;
          size++;
          if (collectBlocks) edgeStack.push(e);
          stack[++top] = w;
        } else if ((disc[w] as number) < (disc[v] as number)) {
          // Back edge to an ancestor (or a parallel edge to the parent). Seen again from
          // the ancestor's side it has disc[w] > disc[v] and is ignored; so are self-loops.
          if ((disc[w] as number) < (low[v] as number)) low[v] = disc[w] as number;
          if (collectBlocks) edgeStack.push(e);
        }
        continue;
      }
      // v is done: report to its parent.
      top--;
      const p = parent[v] as number;
      if (p < 0) continue;
      subtree[p] = (subtree[p] as number) + (subtree[v] as number);
      if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
      if ((low[v] as number) >= (disc[p] as number)) {
        // Nothing under v reaches above p: without p, v's subtree is cut off.
        const s = subtree[v] as number;
        separated[p] = (separated[p] as number) + s;
        separatedSquares[p] = (separatedSquares[p] as number) + s * s;
        if (s > (largestSeparated[p] as number)) largestSeparated[p] = s;
        separatedChildren[p] = (separatedChildren[p] as number) + 1;
        if (collectBlocks) {
          const edges: number[] = [];
          const stop = parentEdge[v] as number;
          for (;;) {
            const e = edgeStack.pop() as number;
            edges.push(e);
            if (e === stop) break;
          }
          blocks.push({ head: p, child: v, edges });
        }
      }
      if ((low[v] as number) > (disc[p] as number)) bridges.push(parentEdge[v] as number);
    }
    componentSize.push(size);
    // The root separates all its children; it is a cut vertex only with two or more.
    isCut[root] = (separatedChildren[root] as number) >= 2 ? 1 : 0;
  }
  for (let v = 0; v < n; v++) {
    if ((parent[v] as number) >= 0 && (separatedChildren[v] as number) > 0) isCut[v] = 1;
  }
  return {
    component,
    componentSize,
    parent,
    subtree,
    separated,
    largestSeparated,
    separatedSquares,
    isCut,
    bridges,
    blocks,
  };
}

/**
 * Actors cut off if node v left: its component minus v, minus the largest piece that
 * remains (the piece that keeps being "the network"). The pieces are the subtrees v
 * separates plus, unless v is the DFS root, the rest of the component above v.
 */
export function cutOffOf(dfs: DepthFirst, v: number): number {
  const size = dfs.componentSize[dfs.component[v] as number] as number;
  const rest = (dfs.parent[v] as number) < 0 ? 0 : size - 1 - (dfs.separated[v] as number);
  return size - 1 - Math.max(rest, dfs.largestSeparated[v] as number);
}
