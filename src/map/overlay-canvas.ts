// A canvas of our own laid over or under Cytoscape's (the big map's still picture, its links'
// layer): positioned at the map's top left, out of reach of the pointer and of screen
// readers (the map's own description speaks for it).
export function overlayCanvas(
  doc: Document,
  name: string,
  style: Partial<CSSStyleDeclaration> = {},
): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.className = name;
  canvas.dataset.testid = name;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
    transformOrigin: '0 0',
    ...style,
  });
  return canvas;
}
