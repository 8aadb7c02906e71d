// The face of src/map: what the app uses of the Cytoscape adapter. Files of this layer import
// each other directly; the app imports from here.

// The map itself, and what it is drawn with: encodings, filters, the figures it reads.
export { NetworkMap, type Camera, type MapView } from './network-map.ts';
export type { CompareMarks } from './compare-marks.ts';
export {
  DEFAULT_ENCODINGS,
  NO_FILTERS,
  NO_SCHEME,
  type ColourBy,
  type ColumnFilter,
  type Encodings,
  type Filters,
  type LabelMode,
  type LayoutBy,
  type MapMetrics,
  type SizeBy,
} from './types.ts';
export type { LayoutProgress } from './layout.ts';
export { BIG_MAP, colourColumnOf } from './elements.ts';
export { probeWebGL, type WebGLProbe } from './renderer.ts';
// Drawing a link by dragging from one actor to another ("Link" mode).
export { LinkDrawing } from './link-drawing.ts';
// What is shown: filters and the visible elements.
export { bodiesPresent, isFiltering, splitBody, visibleElements, type Visible } from './filters.ts';
// The user's free columns, as colours, sizes and filters.
export {
  OTHER_VALUES,
  columnNumbers,
  columnValues,
  freeColumns,
  keyStep,
  keyValue,
  parseNumber,
  type ColumnCategories,
  type ColumnInfo,
} from './columns.ts';
// Shapes and colours, and the legend that explains them.
export { PALE, RING_SCHEMES, shapeOf, shapePoints, type NodeShape } from './palette.ts';
export {
  colourLegend,
  legendDocument,
  otherTypeTexts,
  shapeLegend,
  type LegendWords,
} from './legend.ts';
// Pictures of the map: PNG and SVG, and the positions and looks they are drawn from.
export {
  exportPng,
  exportSvg,
  positionsFromMap,
  vizFromMap,
  type Background,
  type ImageOptions,
} from './export-image.ts';
