// graphology-gexf's writer alone: its package entry also loads a DOM parser (@xmldom in
// Node, the browser's DOMParser), which writing does not need.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writer: typeof write;
  export default writer;
}
