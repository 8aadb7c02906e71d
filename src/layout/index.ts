// The face of src/layout: what the map and the workers compute alike, without Cytoscape or
// the DOM. Files of this layer import each other directly; every other layer imports from here.

// fcose's options, and a layout's input (the first layout's included).
export { FCOSE_MAX, LAYOUT_FIRST_MAX, fcoseOptions } from './fcose.ts';
export { firstLayoutInput, type LayoutInput, type LayoutRun } from './input.ts';
// Actors grouped by a column: group regions packed first, each group laid out in its own.
export {
  GROUP_NAME_ROOM,
  groupRegions,
  groupedLayout,
  type GroupForce,
  type GroupRegion,
  type GroupedInput,
} from './grouped.ts';
// The groups' names: whole, on one line or two, in the room the grouped layout keeps.
export {
  GROUP_NAME_LINE,
  GROUP_NAME_PAD,
  GROUP_NAME_PX,
  nameLines,
  nameWidths,
  placeGroupNames,
  type NameLines,
  type PlacedName,
} from './grouped-names.ts';
// Actor sizes and name tiers.
export { BIG_MAP, LABEL_PX, scaledSize, sizeRange, tierFor, uniformSize } from './sizes.ts';
// Names and their boxes, with a given text measure.
export {
  LABEL_MAX,
  LINE_HEIGHT,
  estimateWidth,
  labelSize,
  mapLabel,
  nameBox,
  wrapLines,
  type Measure,
} from './text.ts';
// Fitting a viewport.
export { fitViewport } from './viewport.ts';
export { placeNear } from './place-near.ts';
export type { Viewport } from './viewport.ts';
