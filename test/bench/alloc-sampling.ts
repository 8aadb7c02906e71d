// Diagnostics (not part of `npm test` nor `npm run bench`): what the page allocates from the
// file selection to the interactive map (or to idle), garbage included — a sampling heap
// profile (DevTools protocol, HeapProfiler.startSampling with the objects a collection freed
// kept), summed by function (self, the allocating frame) and by caller chain's first frame
// of the app. What fills the heap between two major collections is what to allocate less.
// Run on a build with test hooks that keeps its names:
//   VITE_TEST_HOOKS=1 npx vite build --minify false --outDir dist-prof
//   npx tsx test/bench/alloc-sampling.ts [--size 50000] [--until interactive|idle]
//     [--port 4175] [--out dist-prof] [--top 25]
import { launch, openApp } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import { writeGeneratedInventory } from '../e2e/fixtures.ts';
import { frameLabel } from './devtools-types.ts';
import { option } from './options.ts';
import { NAME_SHIM } from './frames.ts';

const size = Number(option('size', '50000'));
const until = option('until', 'interactive');
const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const top = Number(option('top', '25'));
const files = writeGeneratedInventory(size);
const preview = await startPreview(port, out);

/** A node of the sampling heap profile (DevTools protocol). */
interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

const browser = await launch().catch((error: unknown) => {
  preview.stop();
  throw error;
});
try {
  const { page } = await openApp(browser, {
    base: preview.url,
    ready: 'analysed',
    prepare: (p) => p.addInitScript({ content: NAME_SHIM }),
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 65_536,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForSelector('[data-testid="app"][data-ready="false"]', { timeout: 600_000 });
  await page.waitForFunction(
    (idle) => {
      const app = document.querySelector<HTMLElement>('[data-testid="app"]');
      if (app?.dataset.ready !== 'true') return false;
      return !idle || (app.dataset.layout === 'idle' && app.dataset.analysis === 'done');
    },
    until === 'idle',
    { timeout: 900_000, polling: 200 },
  );
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: Node };
  };
  const self = new Map<string, number>();
  const app = new Map<string, number>();
  let total = 0;
  const walk = (n: Node, chain: Node[]) => {
    const here = [...chain, n];
    if (n.selfSize > 0) {
      total += n.selfSize;
      const label = frameLabel(n);
      self.set(label, (self.get(label) ?? 0) + n.selfSize);
      // The deepest frame of the app's own code (not Cytoscape's, React's or the runtime's).
      const own = [...here]
        .reverse()
        .find(
          (f) =>
            /maillage|src\//.test(f.callFrame.url) ||
            (/^[a-z][A-Za-z]+$/.test(f.callFrame.functionName) &&
              f.callFrame.url.includes('index-') &&
              !/^(styfn|elesfn|BRp|proto)/.test(f.callFrame.functionName)),
        );
      const key = own ? frameLabel(own) : '(none)';
      app.set(key, (app.get(key) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here);
  };
  walk(profile.head, []);
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
  console.log(
    `allocated ${mb(total)} (sampled) from the file selection to ${until}, ${size} actors`,
  );
  for (const [title, map] of [
    ['by allocating function', self],
    ["by the deepest frame of the app's own code", app],
  ] as const) {
    console.log(`${title}:`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${mb(v).padStart(9)}  ${k}`);
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
