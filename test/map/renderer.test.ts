import { describe, expect, it } from 'vitest';
import {
  chooseRenderer,
  isSoftwareRenderer,
  PERFORMANCE_THRESHOLD,
  type WebGLProbe,
} from '../../src/map/renderer.ts';

const hardware: WebGLProbe = {
  webgl2: true,
  software: false,
  renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)',
};
const swiftshader: WebGLProbe = {
  webgl2: true,
  software: true,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
};

describe('renderer choice', () => {
  it('recognises software rasterisers', () => {
    expect(isSoftwareRenderer(swiftshader.renderer)).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
    expect(isSoftwareRenderer(hardware.renderer)).toBe(false);
  });

  it('draws small maps on canvas at the screen’s pixel ratio', () => {
    const choice = chooseRenderer(124, 316, hardware);
    expect(choice.webgl).toBe(false);
    expect(choice.pixelRatio).toBe('auto');
    expect(choice.hideEdgesOnViewport).toBe(false);
  });

  it('uses WebGL for big maps on a hardware WebGL2 context only', () => {
    expect(chooseRenderer(10_000, 40_000, hardware).webgl).toBe(true);
    expect(chooseRenderer(10_000, 40_000, swiftshader).webgl).toBe(false);
    expect(chooseRenderer(10_000, 40_000, null).webgl).toBe(false);
    expect(chooseRenderer(10_000, 40_000, { ...hardware, webgl2: false }).webgl).toBe(false);
  });

  it('can be forced, but never to WebGL without a WebGL2 context', () => {
    expect(chooseRenderer(124, 316, swiftshader, 'webgl').webgl).toBe(true);
    expect(chooseRenderer(10_000, 40_000, hardware, 'canvas').webgl).toBe(false);
    expect(chooseRenderer(124, 316, { ...hardware, webgl2: false }, 'webgl').webgl).toBe(false);
  });

  it('turns on the canvas performance options above the threshold', () => {
    const choice = chooseRenderer(PERFORMANCE_THRESHOLD, 0, swiftshader);
    expect(choice).toMatchObject({
      webgl: false,
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      pixelRatio: 1,
    });
  });
});
