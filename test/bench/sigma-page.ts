// The peer's page for the browser bench (test/bench/peer.ts bundles it with esbuild from
// node_modules, no CDN): sigma.js 3 (WebGL) draws the generated graph at the preset positions
// the bench computed. `window.__sigmaBench(url)` fetches the graph, then stamps, from the
// start of its parsing: the first full frame (sigma's first render, painted) and the
// interactive map (that frame, with the hover and click handlers attached). Long tasks
// between the two are counted as in the app's bench.
import Graph from 'graphology';
import Sigma from 'sigma';

interface PeerGraph {
  /** x0, y0, size0, x1, … */
  nodes: number[];
  labels: string[];
  colors: string[];
  /** Node index pairs. */
  edges: number[];
}

export interface PeerMarks {
  t0: number;
  frame: number;
  ready: number;
  longest: number;
}

async function bench(url: string): Promise<PeerMarks> {
  const text = await (await fetch(url)).text();
  const marks: PeerMarks = { t0: performance.now(), frame: 0, ready: 0, longest: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.startTime < marks.t0 || (marks.ready && e.startTime > marks.ready)) continue;
      marks.longest = Math.max(marks.longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  const data = JSON.parse(text) as PeerGraph;
  const graph = new Graph({ type: 'undirected' });
  const n = data.labels.length;
  for (let i = 0; i < n; i++) {
    graph.addNode(String(i), {
      x: data.nodes[3 * i],
      y: data.nodes[3 * i + 1],
      size: data.nodes[3 * i + 2],
      label: data.labels[i],
      color: data.colors[i],
    });
  }
  for (let e = 0; e < data.edges.length; e += 2) {
    graph.mergeEdge(String(data.edges[e]), String(data.edges[e + 1]), { color: '#b8bcc4' });
  }
  const container = document.getElementById('map') as HTMLElement;
  const rendered = new Promise<void>((resolve) => {
    const renderer = new Sigma(graph, container, { renderEdgeLabels: false });
    renderer.once('afterRender', () => resolve());
    // Interaction: hover names a node, a click selects it (as a coordinator uses the map).
    const info = document.getElementById('info') as HTMLElement;
    renderer.on(
      'enterNode',
      ({ node }) => (info.textContent = graph.getNodeAttribute(node, 'label')),
    );
    renderer.on('clickNode', ({ node }) => graph.setNodeAttribute(node, 'highlighted', true));
    (window as unknown as { __sigma: Sigma }).__sigma = renderer;
    renderer.refresh();
  });
  await rendered;
  // Painted: the frame after the render.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  marks.frame = performance.now();
  marks.ready = marks.frame;
  // Let the observer deliver the last long task.
  await new Promise((r) => setTimeout(r, 300));
  return marks;
}

(window as unknown as { __sigmaBench: typeof bench }).__sigmaBench = bench;
