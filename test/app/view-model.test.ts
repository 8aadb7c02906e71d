// The derived chain workspace → visible → view model → map marks, step by step.
import { actor, link, REF as ref, workspaceOf } from '../factory.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialState, reducer, type AppState } from '../../src/app/state.ts';
import {
  actorsOf,
  coverageOf,
  effectiveReference,
  mapMarks,
  namesOf,
  analysisWithRules,
  redactorOf,
  shownReportOf,
  shownViewsOf,
  strandedBy,
  visibleOf,
  type ViewModel,
} from '../../src/app/view-model.ts';
import type { Workspace } from '../../src/app/workspace.ts';
import { analyze, type Analysis } from '../../src/analysis/analyze.ts';
import { composeRule } from '../../src/analysis/cross-scheme-rule-list.ts';
import { NO_FILTERS } from '../../src/map/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { smallGraph } from '../map/helpers.ts';

const PERSON = actor('p', { name: 'Jeanne Martin', type: 'habitant', person: true });

function workspace(analysis: Analysis | null = null, graph = smallGraph()): Workspace {
  return workspaceOf(graph, { analysis, title: 'Chez Jeanne Martin' });
}

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyze(smallGraph(), ref);
});

describe('the derived chain', () => {
  it('visible: the actors and links the filters keep, nothing without a workspace', () => {
    expect(visibleOf(null, NO_FILTERS)).toBeNull();
    const all = visibleOf(workspace(), NO_FILTERS);
    expect(all?.nodes.size).toBe(5);
    const some = visibleOf(workspace(), { ...NO_FILTERS, types: ['ars', 'collectivite'] });
    expect([...(some?.nodes ?? [])].sort()).toEqual(['a', 'b']);
    expect(some?.edges.size).toBe(1);
  });

  it('coverage: none before the analysis, the analysis’ own, or recomputed under the edited composition', () => {
    expect(coverageOf(workspace(), null, ref)).toBeNull();
    expect(coverageOf(workspace(analysis), null, ref)).toBe(analysis.coverage);
    const edited = ref.expected.map((e) => ({ ...e, rules: [] }));
    const recomputed = coverageOf(workspace(analysis), edited, ref);
    expect(recomputed).not.toBe(analysis.coverage);
    expect(recomputed).not.toEqual(analysis.coverage);
    expect(effectiveReference(ref, edited).expected).toBe(edited);
    expect(effectiveReference(ref, null)).toBe(ref);
  });

  it('cross-scheme rules: the worker’s defaults, or checked again under the user’s settings', () => {
    expect(analysisWithRules(null, null)).toBeNull();
    expect(analysisWithRules(workspace(analysis), null)).toBe(analysis);
    expect(analysisWithRules(workspace(), { switched: {}, custom: [] })).toBeNull();
    // A rule of the user's: an ARS sits in the CLSM COPIL (actor b does) — met.
    const custom = composeRule({ types: ['ars'] }, { scheme: 'CLSM', body: 'copil' }, ref);
    const ruled = analysisWithRules(workspace(analysis), { switched: {}, custom: [custom] });
    expect(ruled?.crossSchemeRules.find((r) => r.rule === custom.id)).toMatchObject({
      status: 'met',
      actors: ['b'],
    });
    // Switched off, it is not checked.
    const off = analysisWithRules(workspace(analysis), {
      switched: { [custom.id]: false },
      custom: [custom],
    });
    expect(off?.crossSchemeRules.some((r) => r.rule === custom.id)).toBe(false);
  });

  it('names: a person by role or type in anonymous mode; homonyms told apart', () => {
    const graph = buildGraph(
      [
        PERSON,
        actor('x', { name: 'Clinique Pasteur', territory: 'Bergerac' }),
        actor('y', { name: 'Clinique Pasteur', territory: 'Périgueux' }),
      ],
      [link('p', 'x')],
    );
    const actors = actorsOf(graph);
    expect(namesOf(actors, ref, 'fr', false).get('p')).toBe('Jeanne Martin');
    expect(namesOf(actors, ref, 'fr', true).get('p')).not.toContain('Martin');
    const names = namesOf(actors, ref, 'fr', false);
    expect(names.get('x')).not.toBe(names.get('y'));
    expect(actorsOf(null)).toEqual([]);
  });

  it('redaction: free text loses the persons’ names in anonymous mode only', () => {
    const actors = [PERSON];
    expect(redactorOf(actors, false)('Chez Jeanne Martin')).toBe('Chez Jeanne Martin');
    expect(redactorOf([], true)('jm@exemple.fr')).not.toContain('exemple');
    const redact = redactorOf(actors, true);
    expect(redact('Chez Jeanne Martin')).not.toContain('Martin');
    const views = [
      {
        id: 'v',
        title: 'Jeanne Martin',
        comment: 'vue de Jeanne Martin',
        filters: NO_FILTERS,
        encodings: initialState.encodings,
        lit: [],
        cumulative: false,
        camera: null,
        selected: null,
      },
    ];
    expect(shownViewsOf(views, false, redact)).toBe(views);
    const shown = shownViewsOf(views, true, redact)[0];
    expect(`${shown?.title} ${shown?.comment}`).not.toContain('Martin');
    const report = {
      files: [],
      issues: [
        {
          severity: 'warning' as const,
          code: 'duplicate',
          file: 'a.csv',
          message: { fr: 'Jeanne Martin en double', en: 'Jeanne Martin twice' },
        },
      ],
      doubtful: [],
    };
    // An e-mail and a phone number typed in a comment are masked too (anonymous mode only).
    const typed = [
      { ...views[0]!, title: 'Appeler 06 12 34 56 78', comment: 'écrire à j.m@exemple.fr' },
    ];
    const masked = shownViewsOf(typed, true, redact)[0];
    expect(`${masked?.title} ${masked?.comment}`).not.toMatch(/06 12|exemple\.fr/);
    expect(masked?.comment).toContain('écrire à');
    expect(shownViewsOf(typed, false, redact)[0]?.comment).toBe('écrire à j.m@exemple.fr');
    expect(shownReportOf(report, false, redact)).toBe(report);
    expect(JSON.stringify(shownReportOf(report, true, redact))).not.toContain('Martin');
  });

  it('"what if": the actors cut off by an actor leaving, none for an unknown one', () => {
    expect(strandedBy(smallGraph(), 'c')).toEqual(['d']);
    expect(strandedBy(smallGraph(), 'nobody')).toEqual([]);
    expect(strandedBy(null, 'c')).toEqual([]);
  });

  it('map marks: the state and the view model the map draws', () => {
    let state: AppState = reducer(initialState, { type: 'select', id: 'b' });
    state = reducer(state, { type: 'suggested', suggested: ['a|d'] });
    state = reducer(state, { type: 'whatIf', id: 'c' });
    const names = new Map([['a', 'A']]);
    const model: Pick<ViewModel, 'names' | 'stranded'> = { names, stranded: ['d'] };
    const marks = mapMarks(state, model);
    expect(marks).toMatchObject({
      selected: 'b',
      suggested: ['a|d'],
      whatIf: 'c',
      stranded: ['d'],
      presenting: false,
    });
    expect(marks.names).toBe(names);
  });
});
