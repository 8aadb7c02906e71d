// Which Cytoscape renderer, with which options. WebGL only on a hardware WebGL2 context:
// software rasterisers (SwiftShader in headless Chromium, llvmpipe on Linux without a GPU)
// draw WebGL slower than the canvas renderer (0.2 fps against 1.6 fps at 10k:
// docs/decisions/canvas-renderer.md).

import cytoscape, { type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { triggerFirstStyleOnce } from './first-style.ts';
import { shareStyleScratch } from './style-hints.ts';

export interface WebGLProbe {
  webgl2: boolean;
  /** The context is software-rendered, or the browser flags a major performance caveat. */
  software: boolean;
  /** The renderer string, when the browser tells it. */
  renderer: string;
}

const SOFTWARE =
  /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render|mesa offscreen|virtualbox|vmware svga|gdi generic/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** Probes WebGL2 once with a throw-away canvas (the context is released right away). */
export function probeWebGL(doc: Document = document): WebGLProbe {
  const none: WebGLProbe = { webgl2: false, software: true, renderer: '' };
  try {
    const canvas = doc.createElement('canvas');
    // A context that exists only with a "major performance caveat" is a software one.
    const strict = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    const gl = strict ?? doc.createElement('canvas').getContext('webgl2');
    if (!gl) return none;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(
      (info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null) ??
        gl.getParameter(gl.RENDERER) ??
        '',
    );
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, software: strict === null || isSoftwareRenderer(renderer), renderer };
  } catch {
    return none;
  }
}

/** From this many elements (actors + links) on, the performance options are on. */
export const PERFORMANCE_THRESHOLD = 3000;

export interface RendererChoice {
  webgl: boolean;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  pixelRatio: number | 'auto';
  motionBlur: boolean;
}

/**
 * `force` overrides the choice (diagnostics: `?renderer=webgl` or `?renderer=canvas` in the
 * address); WebGL is still refused without a WebGL2 context, as Cytoscape has no fallback.
 */
export function chooseRenderer(
  nodes: number,
  edges: number,
  probe: WebGLProbe | null,
  force?: 'webgl' | 'canvas' | null,
): RendererChoice {
  const heavy = nodes + edges >= PERFORMANCE_THRESHOLD;
  const webgl =
    probe !== null &&
    probe.webgl2 &&
    (force === 'webgl' || (force !== 'canvas' && heavy && !probe.software));
  if (webgl) {
    return {
      webgl: true,
      hideEdgesOnViewport: false,
      textureOnViewport: false,
      pixelRatio: 1,
      motionBlur: false,
    };
  }
  return {
    webgl: false,
    hideEdgesOnViewport: heavy,
    textureOnViewport: heavy,
    pixelRatio: heavy ? 1 : 'auto',
    motionBlur: false,
  };
}

/** Cytoscape's options for the map in `container`, drawn by `choice`. */
export function cytoscapeOptions(container: HTMLElement, choice: RendererChoice): CytoscapeOptions {
  const { webgl, ...perf } = choice;
  return {
    container,
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...perf,
    ...(webgl ? { webgl: true } : {}),
  } as CytoscapeOptions;
}

let registered = false;
/** Cytoscape's extensions the map uses (fcose), registered once before the first map, and
 * two changes to its style prototype, read off a throw-away instance: its elements' style
 * hashes kept in one scratch object (style-hints.ts), an actor's first style running its
 * triggers once (first-style.ts). */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  const probe = cytoscape({ headless: true, styleEnabled: true });
  shareStyleScratch(probe);
  triggerFirstStyleOnce(probe);
  probe.destroy();
  registered = true;
}
