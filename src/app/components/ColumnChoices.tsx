// The free columns of the files in the side panel: as choices of the colour and size
// selects, and as a filter (a column, then its values or a range of numbers). Headers and
// values are user text: React writes them as text, and they are compared, never used as keys.
import { useState, type ReactNode } from 'react';
import type { MaillageGraph } from '../../model';
import {
  columnValues,
  parseNumber,
  type ColumnInfo,
  type ColourBy,
  type ColumnFilter,
  type Encodings,
  type SizeBy,
} from '../../map';
import { useText } from '../i18n/text-context.tsx';

/** A select's value for a free column (the fixed encodings' values have no colon). */
const COLUMN = 'column:';

/** Values listed as checkboxes in a column's filter, most frequent first. */
const LISTED_VALUES = 40;

export function colourValue(encodings: Encodings): string {
  return encodings.colourBy === 'column'
    ? COLUMN + (encodings.colourColumn ?? '')
    : encodings.colourBy;
}

export function sizeValue(encodings: Encodings): string {
  return encodings.sizeBy === 'column' ? COLUMN + (encodings.sizeColumn ?? '') : encodings.sizeBy;
}

export function colourChoice(value: string): Partial<Encodings> {
  return value.startsWith(COLUMN)
    ? { colourBy: 'column', colourColumn: value.slice(COLUMN.length) }
    : { colourBy: value as ColourBy };
}

export function sizeChoice(value: string): Partial<Encodings> {
  return value.startsWith(COLUMN)
    ? { sizeBy: 'column', sizeColumn: value.slice(COLUMN.length) }
    : { sizeBy: value as SizeBy };
}

/** The free columns as a group of a select's options; `current` (a column a saved view
 * names but this map lacks) is listed too, so that the select shows it. */
export function ColumnOptions({
  label,
  columns,
  current,
}: {
  label: string;
  columns: readonly ColumnInfo[];
  current: string | undefined;
}) {
  const names = columns.map((c) => c.name);
  if (current !== undefined && !names.includes(current)) names.push(current);
  if (names.length === 0) return null;
  return (
    <optgroup label={label}>
      {names.map((name) => (
        <option key={name} value={COLUMN + name}>
          {name}
        </option>
      ))}
    </optgroup>
  );
}

export interface ValueOption {
  id: string;
  label: string;
  count: number;
}

interface FilterProps {
  graph: MaillageGraph;
  columns: readonly ColumnInfo[];
  filter: ColumnFilter | null;
  onChange: (filter: ColumnFilter | null) => void;
  /** Draws the value checkboxes (the side panel's own check group). */
  renderValues: (
    title: string,
    options: ValueOption[],
    selected: string[] | null,
    onValues: (values: string[] | null) => void,
  ) => ReactNode;
}

export function ColumnFilterField({ graph, columns, filter, onChange, renderValues }: FilterProps) {
  const t = useText();
  const numeric = filter
    ? (columns.find((c) => c.name === filter.column)?.numeric ?? false)
    : false;
  const found = filter ? columnValues(graph, filter.column) : null;
  // A column of numbers gets a range; its values are listed too when they are few (a
  // department, a number of beds among a handful of establishments).
  const listed = found !== null && (!numeric || found.values.length <= LISTED_VALUES);
  return (
    <div className="column-filter" data-testid="filter-column">
      <label className="field">
        <span>{t.columnFilter}</span>
        <select
          data-testid="filter-column-name"
          value={filter?.column ?? ''}
          onChange={(e) =>
            onChange(
              e.target.value === ''
                ? null
                : { column: e.target.value, values: null, min: null, max: null },
            )
          }
        >
          <option value="">{t.noColumnFilter}</option>
          {columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {filter && found && listed && (
        <ValueChecks
          found={found}
          numeric={numeric}
          filter={filter}
          onChange={onChange}
          render={renderValues}
        />
      )}
      {filter && numeric && <NumberRange key={filter.column} filter={filter} onChange={onChange} />}
    </div>
  );
}

function ValueChecks({
  found,
  numeric,
  filter,
  onChange,
  render,
}: {
  found: ReturnType<typeof columnValues>;
  numeric: boolean;
  filter: ColumnFilter;
  onChange: (filter: ColumnFilter) => void;
  render: FilterProps['renderValues'];
}) {
  const t = useText();
  const { values, empty } = found;
  // A column of numbers lists them in their order ("62, 85, 140…"), then its other values.
  const numberOf = new Map(values.map((v) => [v.value, parseNumber(v.value)]));
  const sorted = !numeric
    ? values
    : [...values].sort((a, b) => {
        const x = numberOf.get(a.value) ?? null;
        const y = numberOf.get(b.value) ?? null;
        if (x !== null && y !== null) return x - y;
        return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      });
  const options: ValueOption[] = sorted
    .slice(0, LISTED_VALUES)
    .map((v) => ({ id: v.value, label: v.value, count: v.count }));
  if (empty > 0) options.push({ id: '', label: t.unknownValue, count: empty });
  const unlisted = values.length - Math.min(values.length, LISTED_VALUES);
  return (
    <>
      {render(t.columnValues(filter.column), options, filter.values, (selected) =>
        onChange({ ...filter, values: selected }),
      )}
      {unlisted > 0 && <p className="help">{t.columnMoreValues(unlisted)}</p>}
    </>
  );
}

function NumberRange({
  filter,
  onChange,
}: {
  filter: ColumnFilter;
  onChange: (filter: ColumnFilter) => void;
}) {
  const t = useText();
  const [text, setText] = useState({
    min: filter.min === null ? '' : String(filter.min),
    max: filter.max === null ? '' : String(filter.max),
  });
  const invalid = (s: string) => s.trim() !== '' && parseNumber(s) === null;
  const edit = (bound: 'min' | 'max', value: string) => {
    setText({ ...text, [bound]: value });
    if (!invalid(value)) onChange({ ...filter, [bound]: parseNumber(value) });
  };
  return (
    <fieldset className="number-range" aria-describedby="column-range-help">
      <legend>{filter.column}</legend>
      {(['min', 'max'] as const).map((bound) => (
        <label key={bound} className="field">
          <span>{bound === 'min' ? t.columnMin : t.columnMax}</span>
          <input
            type="text"
            inputMode="decimal"
            data-testid={`filter-column-${bound}`}
            value={text[bound]}
            aria-invalid={invalid(text[bound])}
            onChange={(e) => edit(bound, e.target.value)}
          />
        </label>
      ))}
      <p id="column-range-help" className="help">
        {t.columnRangeHelp(filter.column)}
      </p>
    </fieldset>
  );
}
