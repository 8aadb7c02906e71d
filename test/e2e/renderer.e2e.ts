// The WebGL renderer path (used on hardware WebGL2 for big maps) draws and answers clicks.
// Headless Chromium only has SwiftShader, so the path is forced with `?renderer=webgl`.

import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';

const session = appSession();

describe('renderers', () => {
  it('draws the demo with the WebGL renderer when forced, and selects on click', async () => {
    const { page, outside, errors } = await session.open({ path: '?renderer=webgl', ready: true });
    const state = await page.evaluate(() => {
      const map = (window as unknown as { __maillage?: { map: { renderer: { webgl: boolean } } } })
        .__maillage?.map;
      return map?.renderer.webgl;
    });
    expect(state).toBe(true);
    const point = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __maillage: {
            map: {
              cy: {
                getElementById(id: string): { renderedPosition(): { x: number; y: number } };
                container(): HTMLElement;
              };
            };
          };
        }
      ).__maillage.map.cy;
      const p = cy.getElementById('ville-de-rochebrune').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.getByTestId('details-name').innerText(), { timeout: 10_000 })
      .toBe('Ville de Rochebrune');
    await screenshot(page, '20-webgl-renderer');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
