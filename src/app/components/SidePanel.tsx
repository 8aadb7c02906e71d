// Encodings and filters. Every control is a native form element with a visible label.
import { useMemo } from 'react';
import { referenceRank as rank, type ReferenceData } from '../../domain';
import type { MaillageGraph } from '../../model';
import {
  freeColumns,
  bodiesPresent,
  isFiltering,
  splitBody,
  shapeOf,
  NO_SCHEME,
  type Encodings,
  type Filters,
  type LabelMode,
} from '../../map';
import { actorCounts } from '../actor-counts.ts';
import { bodyLabel, schemeLabel, sectorLabel, typeLabel } from '../workspace.ts';
import {
  colourChoice,
  colourValue,
  ColumnFilterField,
  ColumnOptions,
  sizeChoice,
  sizeValue,
} from './ColumnChoices.tsx';
import { ShapeIcon } from './ShapeIcon.tsx';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  graph: MaillageGraph;
  ref_: ReferenceData;
  encodings: Encodings;
  filters: Filters;
  centrality: boolean;
  onEncodings: (e: Partial<Encodings>) => void;
  onFilters: (f: Partial<Filters>) => void;
  onReset: () => void;
  /** Anonymous mode (persons shown by their role or type). */
  anonymous: boolean;
  onAnonymous: (on: boolean) => void;
}

interface Option {
  id: string;
  label: string;
  count: number;
  icon?: React.ReactNode;
}

export function SidePanel(props: Props) {
  const { graph, ref_, encodings, filters } = props;
  const t = useText();
  const lang = t.lang;
  const options = useMemo(() => {
    const counts = actorCounts(graph);
    const schemeOrder = [...ref_.schemes.map((s) => s.id), NO_SCHEME];
    const schemes: Option[] = [...counts.schemes]
      .sort((a, b) => rank(schemeOrder, a[0]) - rank(schemeOrder, b[0]))
      .map(([id, n]) => ({
        id,
        label: id === NO_SCHEME ? t.noScheme : schemeLabel(ref_, id, lang),
        count: n,
      }));
    const typeOrder = ref_.actorTypes.map((x) => x.id);
    const types: Option[] = [...counts.types]
      .sort((a, b) => rank(typeOrder, a[0]) - rank(typeOrder, b[0]))
      .map(([id, n]) => ({
        id,
        label: typeLabel(ref_, id, lang),
        count: n,
        icon: <ShapeIcon shape={shapeOf(id)} colour="#D5DAE0" size={14} />,
      }));
    const sectorOrder = ref_.sectors.map((x) => x.id);
    const sectors: Option[] = [...counts.sectors]
      .sort((a, b) => rank(sectorOrder, a[0]) - rank(sectorOrder, b[0]))
      .map(([id, n]) => ({ id, label: sectorLabel(ref_, id, lang), count: n }));
    const bodies = bodiesPresent(graph)
      .map((value) => {
        const [scheme, body] = splitBody(value);
        return {
          value,
          label: `${schemeLabel(ref_, scheme, lang)} · ${bodyLabel(ref_, scheme, body, lang)}`,
          order:
            rank(
              ref_.schemes.map((s) => s.id),
              scheme,
            ) *
              100 +
            rank(ref_.schemes.find((s) => s.id === scheme)?.bodies.map((b) => b.id) ?? [], body),
        };
      })
      .sort((a, b) => a.order - b.order);
    return { schemes, types, sectors, bodies };
  }, [graph, ref_, lang, t]);

  const columns = useMemo(() => freeColumns(graph), [graph]);
  const numericColumns = useMemo(() => columns.filter((c) => c.numeric), [columns]);
  const filtering = isFiltering(filters);

  return (
    <aside className="side-panel" aria-label={t.sidePanel}>
      <section aria-labelledby="display-title">
        <h2 id="display-title">{t.display}</h2>
        <label className="field">
          <span>{t.colourBy}</span>
          <select
            data-testid="colour-by"
            value={colourValue(encodings)}
            onChange={(e) => props.onEncodings(colourChoice(e.target.value))}
          >
            <option value="type">{t.colourByType}</option>
            <option value="sector">{t.colourBySector}</option>
            <option value="scheme">{t.colourByScheme}</option>
            <option value="community">{t.colourByCommunity}</option>
            <ColumnOptions
              label={t.columnsOfFiles}
              columns={columns}
              current={encodings.colourBy === 'column' ? encodings.colourColumn : undefined}
            />
          </select>
        </label>
        <label className="field">
          <span>{t.sizeBy}</span>
          <select
            data-testid="size-by"
            value={sizeValue(encodings)}
            onChange={(e) => props.onEncodings(sizeChoice(e.target.value))}
          >
            <option value="degree">{t.sizeByDegree}</option>
            <option value="betweenness" disabled={!props.centrality}>
              {t.sizeByBetweenness}
            </option>
            <option value="uniform">{t.sizeUniform}</option>
            <ColumnOptions
              label={t.numericColumnsOfFiles}
              columns={numericColumns}
              current={encodings.sizeBy === 'column' ? encodings.sizeColumn : undefined}
            />
          </select>
        </label>
        <label className="field">
          <span>{t.showLabels}</span>
          <select
            data-testid="labels"
            value={encodings.labels}
            onChange={(e) => props.onEncodings({ labels: e.target.value as LabelMode })}
          >
            <option value="auto">{t.labelsAuto}</option>
            <option value="all">{t.labelsAll}</option>
            <option value="none">{t.labelsNone}</option>
          </select>
        </label>
        <div className="switch-row">
          <button
            type="button"
            role="switch"
            className="switch"
            aria-checked={encodings.articulation}
            aria-describedby="articulation-help"
            data-testid="articulation-switch"
            onClick={() => props.onEncodings({ articulation: !encodings.articulation })}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            <span>{t.articulationSwitch}</span>
          </button>
          <p id="articulation-help" className="help">
            {t.articulationHelp}
          </p>
        </div>
        <div className="field">
          <button
            type="button"
            role="switch"
            className="switch"
            aria-checked={props.anonymous}
            aria-describedby="anonymous-help"
            data-testid="anonymous-switch"
            onClick={() => props.onAnonymous(!props.anonymous)}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            <span>{t.anonymousSwitch}</span>
          </button>
          <p id="anonymous-help" className="help">
            {t.anonymousSwitchHint}
          </p>
        </div>
      </section>

      <section aria-labelledby="filters-title" className="filters">
        <div className="section-head">
          <h2 id="filters-title">{t.filters}</h2>
          <button
            type="button"
            className="link-button"
            onClick={props.onReset}
            disabled={!filtering}
          >
            {t.resetFilters}
          </button>
        </div>
        <CheckGroup
          title={t.schemesFilter}
          testId="filter-schemes"
          options={options.schemes}
          selected={filters.schemes}
          onChange={(schemes) => props.onFilters({ schemes })}
        />
        <label className="field">
          <span>{t.bodyFilter}</span>
          <select
            data-testid="filter-body"
            value={filters.body ?? ''}
            onChange={(e) => props.onFilters({ body: e.target.value || null })}
          >
            <option value="">{t.allBodies}</option>
            {options.bodies.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
        <CheckGroup
          title={t.typesFilter}
          testId="filter-types"
          options={options.types}
          selected={filters.types}
          onChange={(types) => props.onFilters({ types })}
        />
        <CheckGroup
          title={t.sectorsFilter}
          testId="filter-sectors"
          options={options.sectors}
          selected={filters.sectors}
          onChange={(sectors) => props.onFilters({ sectors })}
        />
        <ColumnFilterField
          graph={graph}
          columns={columns}
          filter={filters.column ?? null}
          onChange={(column) => props.onFilters({ column })}
          renderValues={(title, options, selected, onValues) => (
            <CheckGroup
              title={title}
              testId="filter-column-values"
              options={options}
              selected={selected}
              onChange={onValues}
            />
          )}
        />
      </section>
    </aside>
  );
}

interface GroupProps {
  title: string;
  testId: string;
  options: Option[];
  /** null = everything passes (all boxes ticked). */
  selected: string[] | null;
  onChange: (selected: string[] | null) => void;
}

function CheckGroup({ title, testId, options, selected, onChange }: GroupProps) {
  const t = useText();
  const all = options.map((o) => o.id);
  const isOn = (id: string) => selected === null || selected.includes(id);
  const toggle = (id: string, on: boolean) => {
    const current = selected ?? all;
    const next = on ? [...new Set([...current, id])] : current.filter((x) => x !== id);
    onChange(next.length === all.length && all.every((x) => next.includes(x)) ? null : next);
  };
  return (
    <fieldset className="check-group" data-testid={testId}>
      <legend>{title}</legend>
      <div className="group-actions">
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t.all}
        </button>
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t.none}
        </button>
      </div>
      {options.map((o) => (
        <label key={o.id} className="check">
          <input
            type="checkbox"
            value={o.id}
            checked={isOn(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          {o.icon}
          <span className="check-label">{o.label}</span>
          <span className="count">{o.count}</span>
        </label>
      ))}
    </fieldset>
  );
}
