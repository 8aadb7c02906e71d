// The analysis of the map on screen while a newer import is being built over it: unpacked
// on, and told once the map is current again if the newer import fails, whether the failure
// comes before or after the unpacking ends (the worker does not send the analysis again).
import { beforeAll, describe, expect, it } from 'vitest';
import { REF } from '../factory.ts';
import { analyze, type Analysis } from '../../src/analysis/analyze.ts';
import { smallGraph } from '../map/helpers.ts';
import { analysisOf, inputs, onScreen, replaceWith } from './session-harness.ts';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyze(smallGraph(), REF);
});

/** Figures for more actors than one stretch: their unpacking pauses between two. */
const FIGURES = {
  degree: 1,
  weightedDegree: 1,
  betweenness: 0,
  closeness: 0,
  community: 0,
  cutOff: 0,
};
const NODES = Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`n${i}`, FIGURES]));

describe('import session: the analysis of the map on screen under a newer import', () => {
  for (const { when, before } of [
    { when: 'while its analysis is unpacked', before: 1 },
    { when: 'after its analysis is unpacked', before: 12 },
  ]) {
    it(`tells it once the newer import fails ${when}`, async () => {
      const { h, serial } = await onScreen();
      h.runs[0]?.onReply(analysisOf(1, analysis, NODES));
      // A newer graph arrives while the analysis is unpacked, and is built.
      await replaceWith(h, 'b.csv');
      h.graphOnly(2, inputs('b.csv'));
      for (let i = 0; i < before; i++) await h.settle();
      // Not told over the import being built…
      if (before > 1) expect(h.of('analysis')).toHaveLength(0);
      // …which then fails: the map on screen is the current one again, with its analysis.
      h.runs[1]?.onReply({ id: 2, kind: 'error', message: 'quick metrics failed' });
      for (let i = 0; i < 12; i++) await h.settle();
      expect(h.session.importId()).toBe(1);
      expect(h.of('analysis').map((a) => a.serial)).toEqual([serial]);
      expect(Object.keys(h.of('analysis')[0]?.metrics.nodes ?? {})).toHaveLength(25_000);
    });
  }

  it('drops it once the newer map is shown', async () => {
    const { h } = await onScreen();
    h.runs[0]?.onReply(analysisOf(1, analysis, NODES));
    await replaceWith(h, 'b.csv');
    h.graphReply(2, inputs('b.csv'));
    h.builds[1]?.resolve(smallGraph());
    for (let i = 0; i < 12; i++) await h.settle();
    expect(h.session.importId()).toBe(2);
    expect(h.of('workspace')).toHaveLength(2);
    expect(h.of('analysis')).toHaveLength(0);
  });
});
