// Computes the demo territory's layout ahead (src/workers/demo-layout.ts): the demo's files
// through the pipeline's import and fcose, the positions written to data/demo/layout.json.
// Run after changing the demo's files or the first layout (fcose's options, the actors'
// sizes, the names' boxes): npm run demo:layout. test/workers/demo-layout.test.ts fails
// until it is run.
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultReference } from '../src/domain/reference.ts';
import { importGraph } from '../src/model/import-graph.ts';
import { firstLayoutInput } from '../src/layout/input.ts';
import { fcoseLayout } from '../src/workers/layout-core.ts';
import { filesPrint, type LayoutAhead } from '../src/workers/demo-layout.ts';

export async function demoLayout(): Promise<LayoutAhead> {
  const files = ['acteurs.csv', 'liens.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../data/demo/${name}`, import.meta.url))),
  }));
  const { graph } = await importGraph(files, defaultReference());
  if (!graph) throw new Error('the demo has no actor');
  const xy = fcoseLayout(firstLayoutInput(graph, 1.6));
  return { files: filesPrint(files), ids: graph.nodes(), xy: [...xy] };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const out = new URL('../data/demo/layout.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(await demoLayout())}\n`);
  console.log(`written: ${out.pathname}`);
}
