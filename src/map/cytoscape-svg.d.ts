// cytoscape-svg ships no types. It adds `cy.svg(options)` to the core (see export-image.ts).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
