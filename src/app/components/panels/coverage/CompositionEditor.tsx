// The expected composition, editable: for a chosen (scheme, body), each sector and each
// actor type is required, recommended or not expected there. Every change goes to the app
// at once (onExpected), and the gaps of the body, shown beside, follow.
import { useId, useState } from 'react';
import {
  type Coverage,
  type CoverageGap,
  combinedRules,
  compositionChanges,
  sameComposition,
  singleLevel,
  withCombinedLevel,
  withSingleLevel,
  type RuleKind,
} from '../../../../analysis';
import {
  WHOLE_SCHEME,
  type ExpectedComposition,
  type Lang,
  type ReferenceData,
  type RuleLevel,
} from '../../../../domain';
import type { Highlight } from '../../../state.ts';
import { schemeLabel } from '../../../workspace.ts';
import { GapItems } from './GapList.tsx';
import { bodyName, rowLabel, whereLabel } from './labels.ts';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  ref_: ReferenceData;
  lang: Lang;
  coverage: Coverage;
  expected: ExpectedComposition[];
  /** The reference composition, to say what changed and to notice a return to it. */
  reference: ExpectedComposition[];
  edited: boolean;
  onExpected: (expected: ExpectedComposition[] | null) => void;
  gaps: CoverageGap[];
  highlight: Highlight | null;
  toggle: (key: string, ids: readonly string[]) => void;
}

type Choice = RuleLevel | 'none';

interface Place {
  scheme: string;
  body: string;
}

/** Bodies that can be edited: every body of the core schemes and of the schemes present,
 * the whole scheme last, then bodies met only in the inventory or in the composition. */
function places(ref: ReferenceData, coverage: Coverage, expected: ExpectedComposition[]): Place[] {
  const list: Place[] = [];
  const add = (scheme: string, body: string) => {
    if (!list.some((p) => p.scheme === scheme && p.body === body)) list.push({ scheme, body });
  };
  const wanted = (id: string) =>
    coverage[id] !== undefined || expected.some((e) => e.scheme === id);
  for (const scheme of ref.schemes) {
    if (!scheme.core && !wanted(scheme.id)) continue;
    for (const body of scheme.bodies) add(scheme.id, body.id);
    add(scheme.id, WHOLE_SCHEME);
  }
  for (const [scheme, bodies] of Object.entries(coverage)) {
    for (const body of Object.keys(bodies)) add(scheme, body);
  }
  for (const e of expected) add(e.scheme, e.body);
  return list;
}

const placeKey = (p: Place) => `${p.scheme}|${p.body}`;

export function CompositionEditor(props: Props) {
  const { ref_, lang, coverage, expected, reference, edited, onExpected } = props;
  const t = useText();
  const all = places(ref_, coverage, expected);
  const [chosen, setChosen] = useState<string>(() => {
    const first = all.find((p) => expected.some((e) => e.scheme === p.scheme && e.body === p.body));
    return placeKey(first ?? all[0] ?? { scheme: '', body: '' });
  });
  const uid = useId();
  const place = all.find((p) => placeKey(p) === chosen) ?? all[0];
  if (!place) return null;
  const { scheme, body } = place;
  const entry = coverage[scheme]?.[body];
  const combined = combinedRules(expected, scheme, body);
  const changes = edited ? compositionChanges(reference, expected) : [];

  const apply = (next: ExpectedComposition[]) =>
    onExpected(sameComposition(next, reference) ? null : next);
  const levelName = (level: RuleLevel | null) =>
    level === 'required'
      ? t.covChoiceRequired
      : level === 'recommended'
        ? t.covChoiceRecommended
        : t.covChoiceNone;
  const entriesLabel = (kind: RuleKind, ids: readonly string[]) =>
    ids.map((id) => rowLabel(ref_, kind, id, lang)).join(t.covOr);

  const choiceSelect = (
    id: string,
    value: Choice,
    onChange: (level: RuleLevel | null) => void,
    testId: string,
  ) => (
    <select
      id={id}
      value={value}
      data-testid={testId}
      className={`cov-choice ${value}`}
      onChange={(event) => {
        const v = event.target.value as Choice;
        onChange(v === 'none' ? null : v);
      }}
    >
      <option value="required">{t.covChoiceRequired}</option>
      <option value="recommended">{t.covChoiceRecommended}</option>
      <option value="none">{t.covChoiceNone}</option>
    </select>
  );

  const item = (kind: RuleKind, id: string) => {
    const level = singleLevel(expected, scheme, body, kind, id);
    const inCombined = combined.some((r) => r.kind === kind && r.anyOf.includes(id));
    const present = (kind === 'sector' ? entry?.sectors[id] : entry?.types[id])?.length ?? 0;
    const selectId = `${uid}-${kind}-${id}`;
    return (
      <li key={id} className={`cov-item ${level ?? 'none'}`}>
        <label htmlFor={selectId}>
          {rowLabel(ref_, kind, id, lang)}
          <span className="cov-item-count"> · {t.actors(present)}</span>
          {inCombined && <span className="cov-item-note"> · {t.covEditorAlsoCombined}</span>}
        </label>
        {choiceSelect(
          selectId,
          level ?? 'none',
          (next) => apply(withSingleLevel(expected, scheme, body, kind, id, next)),
          `cov-level-${kind}-${id}`,
        )}
      </li>
    );
  };

  const bodyGaps = props.gaps.filter((g) => g.scheme === scheme && g.body === body);
  const layers = ref_.sectorLayers
    .map((layer) => ({ layer, sectors: ref_.sectors.filter((s) => s.layer === layer.id) }))
    .filter((l) => l.sectors.length > 0);
  const orphans = ref_.sectors.filter((s) => !ref_.sectorLayers.some((l) => l.id === s.layer));

  return (
    <div className="cov-editor" data-testid="cov-editor">
      <p className="cov-intro">{t.covEditorIntro}</p>
      <div className="cov-editor-bar">
        <label htmlFor={`${uid}-body`}>{t.covEditorBody}</label>
        <select
          id={`${uid}-body`}
          value={placeKey(place)}
          data-testid="cov-editor-body"
          onChange={(event) => setChosen(event.target.value)}
        >
          {ref_.schemes
            .map((s) => s.id)
            .concat(all.map((p) => p.scheme))
            .filter((id, i, ids) => ids.indexOf(id) === i && all.some((p) => p.scheme === id))
            .map((id) => (
              <optgroup key={id} label={schemeLabel(ref_, id, lang)}>
                {all
                  .filter((p) => p.scheme === id)
                  .map((p) => (
                    <option key={placeKey(p)} value={placeKey(p)}>
                      {whereLabel(ref_, t, p.scheme, p.body, lang)}
                    </option>
                  ))}
              </optgroup>
            ))}
        </select>
        <button
          type="button"
          data-testid="cov-reset"
          disabled={!edited}
          onClick={() => onExpected(null)}
        >
          {t.covReset}
        </button>
      </div>
      {edited ? (
        <details className="cov-changes" data-testid="cov-changes">
          <summary>{t.covChanges(changes.length)}</summary>
          <ul>
            {changes.map((c) => (
              <li key={`${c.scheme}|${c.body}|${c.kind}|${c.anyOf.join('+')}`}>
                {t.covChange(
                  entriesLabel(c.kind, c.anyOf),
                  whereLabel(ref_, t, c.scheme, c.body, lang),
                  levelName(c.from),
                  levelName(c.to),
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="cov-reference">{t.covReference}</p>
      )}

      <div className="cov-editor-grid">
        <div className="cov-editor-fields">
          {combined.length > 0 && (
            <fieldset className="cov-fieldset">
              <legend>{t.covEditorCombined}</legend>
              <p className="cov-hint-text">{t.covEditorCombinedHint}</p>
              <ul className="cov-items">
                {combined.map((rule) => {
                  const key = `${rule.kind}-${rule.anyOf.join('-')}`;
                  const selectId = `${uid}-combined-${key}`;
                  return (
                    <li key={key} className={`cov-item ${rule.level}`}>
                      <label htmlFor={selectId}>{entriesLabel(rule.kind, rule.anyOf)}</label>
                      {choiceSelect(
                        selectId,
                        rule.level,
                        (next) =>
                          apply(
                            withCombinedLevel(expected, scheme, body, rule.kind, rule.anyOf, next),
                          ),
                        `cov-combined-${key}`,
                      )}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          )}
          <fieldset className="cov-fieldset">
            <legend>{t.covEditorTypes}</legend>
            <ul className="cov-items">{ref_.actorTypes.map((type) => item('type', type.id))}</ul>
          </fieldset>
          <fieldset className="cov-fieldset">
            <legend>{t.covEditorSectors}</legend>
            {layers.map(({ layer, sectors }) => (
              <div key={layer.id} className="cov-layer">
                <p className="cov-layer-title">{layer.label[lang]}</p>
                <ul className="cov-items">{sectors.map((s) => item('sector', s.id))}</ul>
              </div>
            ))}
            {orphans.length > 0 && (
              <div className="cov-layer">
                <p className="cov-layer-title">{t.covOtherSectors}</p>
                <ul className="cov-items">{orphans.map((s) => item('sector', s.id))}</ul>
              </div>
            )}
          </fieldset>
        </div>
        <aside className="cov-editor-gaps" aria-labelledby={`${uid}-gaps`}>
          <h4 id={`${uid}-gaps`}>
            {t.covEditorBodyGaps}
            <span className="cov-editor-where">
              {' '}
              — {schemeLabel(ref_, scheme, lang)}, {bodyName(ref_, t, scheme, body, lang)}
            </span>
          </h4>
          {bodyGaps.length === 0 ? (
            <p className="cov-none" data-testid="cov-body-ok">
              <span aria-hidden="true">✓</span> {t.covEditorBodyOk}
            </p>
          ) : (
            <GapItems
              gaps={bodyGaps}
              lang={lang}
              highlight={props.highlight}
              toggle={props.toggle}
              testId="cov-body-gap"
            />
          )}
        </aside>
      </div>
    </div>
  );
}
