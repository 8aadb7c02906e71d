import { describe, expect, it } from 'vitest';
import { PictureStand, pictureStands, STAND_ACTORS } from '../../src/map/picture-stand.ts';
import type { StandHost } from '../../src/map/picture-stand.ts';

describe('pictureStands', () => {
  it('keeps the picture while the view shows more actors than the threshold', () => {
    expect(pictureStands(STAND_ACTORS + 1, false)).toBe(true);
    expect(pictureStands(10_000, false)).toBe(true);
    expect(pictureStands(STAND_ACTORS, false)).toBe(false);
    expect(pictureStands(12, false)).toBe(false);
  });

  it('leaves the actors to Cytoscape once names are drawn', () => {
    expect(pictureStands(10_000, true)).toBe(false);
  });

  it('takes another threshold', () => {
    expect(pictureStands(101, false, 100)).toBe(true);
    expect(pictureStands(100, false, 100)).toBe(false);
  });
});

/** A map whose view shows `inView` actors; records holds, releases and the picture shown. */
function fakeMap(inView: number) {
  const log: string[] = [];
  const canvases = [{ style: { visibility: '' } }, { style: { visibility: '' } }];
  let draws: (() => void)[] = [];
  const view = {
    inView,
    names: false,
    aside: false,
    gone: false,
    most: undefined as number | undefined,
  };
  const host: StandHost = {
    cy: {} as StandHost['cy'],
    container: {
      querySelectorAll: () => canvases,
    } as unknown as HTMLElement,
    hold: () => {
      log.push('hold');
      return () => log.push('release');
    },
    show: (on) => log.push(on ? 'picture' : 'no picture'),
    inView: () => view.inView,
    namesDrawn: () => view.names,
    aside: () => view.aside,
    drawn: () => new Promise<void>((resolve) => draws.push(resolve)),
    destroyed: () => view.gone,
    most: () => view.most,
  };
  /** Cytoscape draws the frames asked so far. */
  const draw = async () => {
    const pending = draws;
    draws = [];
    pending.forEach((resolve) => resolve());
    await Promise.resolve();
  };
  const hidden = () => canvases.every((c) => c.style.visibility === 'hidden');
  return { host, log, view, draw, hidden };
}

describe('PictureStand', () => {
  it('stands for Cytoscape on a whole big map, its canvases hidden and its drawing held', () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    expect(stand.standing).toBe(true);
    expect(map.log).toEqual(['hold', 'picture']);
    expect(map.hidden()).toBe(true);
  });

  it('steps aside on a view of few actors once Cytoscape has drawn', async () => {
    const map = fakeMap(300);
    const stand = new PictureStand(map.host);
    expect(stand.standing).toBe(false);
    expect(map.log).toEqual([]);
    await map.draw();
    expect(map.log).toEqual(['no picture']);
    expect(map.hidden()).toBe(false);
  });

  it('hands over to Cytoscape once zoomed in, the picture going after its frame', async () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    map.view.inView = 800;
    stand.choose();
    expect(stand.standing).toBe(false);
    // Cytoscape has not drawn yet: the picture stays on screen meanwhile.
    expect(map.log).toEqual(['hold', 'picture', 'release']);
    expect(map.hidden()).toBe(true);
    await map.draw();
    expect(map.log).toEqual(['hold', 'picture', 'release', 'no picture']);
    expect(map.hidden()).toBe(false);
    // Zoomed out again: the picture comes back and Cytoscape's drawing is held.
    map.view.inView = 9_000;
    stand.choose();
    expect(map.log.slice(4)).toEqual(['hold', 'picture']);
    expect(map.hidden()).toBe(true);
  });

  it('drops a handover overtaken by a zoom out', async () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    map.view.inView = 10;
    stand.choose();
    map.view.inView = 10_000;
    stand.choose();
    await map.draw();
    expect(map.log).toEqual(['hold', 'picture', 'release', 'hold', 'picture']);
    expect(map.hidden()).toBe(true);
    expect(stand.standing).toBe(true);
  });

  it('steps aside for names, and for what the picture does not draw', () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    map.view.names = true;
    stand.choose();
    expect(stand.standing).toBe(false);
    map.view.names = false;
    map.view.aside = true;
    stand.choose();
    expect(stand.standing).toBe(false);
    map.view.aside = false;
    stand.choose();
    expect(stand.standing).toBe(true);
  });

  it('stands on a smaller map while asked to (a glide ahead), and as before once not', async () => {
    const map = fakeMap(1000);
    map.view.most = 300;
    const stand = new PictureStand(map.host);
    expect(stand.standing).toBe(true);
    // Zoomed in on fewer: Cytoscape draws them (with their names).
    map.view.inView = 200;
    stand.choose();
    expect(stand.standing).toBe(false);
    // Through the glide's frames, whatever the view shows.
    map.view.most = -1;
    map.view.inView = 0;
    stand.choose();
    expect(stand.standing).toBe(true);
    map.view.most = undefined;
    map.view.inView = 1000;
    stand.choose();
    expect(stand.standing).toBe(false);
    await map.draw();
    expect(map.log.slice(-2)).toEqual(['release', 'no picture']);
  });

  it('chooses once the viewport rests', async () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    map.view.inView = 10;
    stand.viewportMoved();
    stand.viewportMoved();
    expect(stand.standing).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stand.standing).toBe(false);
    expect(map.log.filter((e) => e === 'release')).toHaveLength(1);
  });

  it('gives Cytoscape its drawing back when destroyed', () => {
    const map = fakeMap(10_000);
    const stand = new PictureStand(map.host);
    stand.destroy();
    expect(map.log).toEqual(['hold', 'picture', 'release']);
    expect(map.hidden()).toBe(false);
  });
});
