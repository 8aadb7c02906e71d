// A coverage matrix as a real table: one row per sector (grouped by health-determinant
// layer) or actor type, one column per (scheme, body). Counts are buttons that light the
// actors; an empty cell the expected composition asks for says so in words.
import {
  OTHER_GROUP,
  type CoverageMatrix,
  type MatrixCell,
  type MatrixColumn,
} from '../../../../analysis';
import type { Lang, ReferenceData } from '../../../../domain';
import type { Highlight } from '../../../state.ts';
import { schemeLabel, schemeLongLabel } from '../../../workspace.ts';
import { bodyName, bodyShort, nameLines, rowLabel, whereLabel } from './labels.ts';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  matrix: CoverageMatrix;
  ref_: ReferenceData;
  lang: Lang;
  names: ReadonlyMap<string, string>;
  highlight: Highlight | null;
  /** Lights (or turns off) these actors; `label` says what they are, for the list below. */
  toggle: (key: string, ids: readonly string[], label: string) => void;
}

export const columnKeyOf = (column: MatrixColumn) => `cov:col:${column.key}`;

/** Consecutive columns of the same scheme. */
function schemeSpans(columns: readonly MatrixColumn[]): { scheme: string; span: number }[] {
  const spans: { scheme: string; span: number }[] = [];
  for (const column of columns) {
    const last = spans.at(-1);
    if (last && last.scheme === column.scheme) last.span += 1;
    else spans.push({ scheme: column.scheme, span: 1 });
  }
  return spans;
}

export function CoverageMatrixTable({ matrix, ref_, lang, names, highlight, toggle }: Props) {
  const t = useText();
  const { kind, columns, groups } = matrix;
  const spans = schemeSpans(columns);
  const captionId = `cov-caption-${kind}`;
  const headLabel = kind === 'sector' ? t.covSector : t.covType;
  const caption = kind === 'sector' ? t.covSectorCaption : t.covTypeCaption;
  /** Columns that open a scheme (a thicker rule on their left). */
  const starts = new Set(
    columns.filter((c, i) => i > 0 && columns[i - 1]?.scheme !== c.scheme).map((c) => c.key),
  );
  const groupLabel = (id: string) =>
    kind === 'type'
      ? t.covTypesGroup
      : id === OTHER_GROUP
        ? t.covOtherSectors
        : (ref_.sectorLayers.find((l) => l.id === id)?.label[lang] ?? id);

  const cellContent = (cell: MatrixCell, row: string, column: MatrixColumn) => {
    const where = whereLabel(ref_, t, column.scheme, column.body, lang);
    const what = rowLabel(ref_, kind, row, lang);
    if (cell.state === 'present') {
      const key = `cov:cell:${kind}:${row}:${column.key}`;
      const label = t.covCellTitle(what, where, cell.actors.length);
      return (
        <button
          type="button"
          className="cov-count"
          aria-pressed={highlight?.key === key}
          title={`${label}\n${nameLines(cell.actors, names, t)}`}
          onClick={() => toggle(key, cell.actors, label)}
        >
          {cell.actors.length}
          <span className="visually-hidden"> {t.actorsWord(cell.actors.length)}</span>
          {cell.expected && (
            <>
              <span className="cov-met" aria-hidden="true">
                ✓
              </span>
              <span className="visually-hidden">, {t.covCellExpected(cell.expected)}</span>
            </>
          )}
        </button>
      );
    }
    if (cell.state === 'gap' || cell.state === 'hint') {
      const required = cell.state === 'gap';
      return (
        <span className="cov-missing" title={`${what} — ${where} — ${t.covMissing}`}>
          <span aria-hidden="true">{required ? '✗' : '○'}</span>
          <span className="visually-hidden">{t.covMissing}, </span>
          <span className="cov-missing-level">{required ? t.covRequired : t.covRecommended}</span>
        </span>
      );
    }
    if (cell.state === 'alternative') {
      return (
        <span className="cov-zero" title={t.covCellAlt}>
          <span aria-hidden="true">≈</span>
          <span className="visually-hidden">0, {t.covCellAlt}</span>
        </span>
      );
    }
    return (
      <span className="cov-zero">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">0</span>
      </span>
    );
  };

  return (
    <div className="cov-matrix-block">
      <h3 className="cov-matrix-title" id={captionId} aria-hidden="true">
        {caption}
      </h3>
      <div
        className="cov-matrix-scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        data-testid={`cov-matrix-${kind}`}
      >
        <table className="cov-matrix">
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col className="cov-col-head" />
          </colgroup>
          {spans.map((s, i) => (
            <colgroup key={`${s.scheme}-${i}`} span={s.span} />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="cov-corner">
                {headLabel}
              </th>
              {spans.map((s, i) => (
                <th
                  key={`${s.scheme}-${i}`}
                  scope="colgroup"
                  colSpan={s.span}
                  className={`cov-scheme${i > 0 ? ' scheme-start' : ''}`}
                  title={schemeLongLabel(ref_, s.scheme, lang)}
                >
                  {schemeLabel(ref_, s.scheme, lang)}
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((column) => {
                const key = columnKeyOf(column);
                const full = bodyName(ref_, t, column.scheme, column.body, lang);
                const scheme = schemeLabel(ref_, column.scheme, lang);
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={`cov-body${starts.has(column.key) ? ' scheme-start' : ''}`}
                  >
                    <button
                      type="button"
                      aria-pressed={highlight?.key === key}
                      title={`${scheme} — ${full}`}
                      onClick={() =>
                        toggle(
                          key,
                          column.members,
                          `${whereLabel(ref_, t, column.scheme, column.body, lang)} (${t.actors(column.members.length)})`,
                        )
                      }
                    >
                      <span>{bodyShort(t, column.body, full)}</span>
                      <span className="visually-hidden">
                        {' '}
                        ({full}, {scheme})
                      </span>
                      <span className="cov-body-count">
                        {column.members.length}
                        <span className="visually-hidden">
                          {' '}
                          {t.actorsWord(column.members.length)}
                        </span>
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.id}>
              {kind === 'sector' && (
                <tr className="cov-group">
                  <th scope="rowgroup" colSpan={columns.length + 1}>
                    <span className="cov-group-label">{groupLabel(group.id)}</span>
                  </th>
                </tr>
              )}
              {group.rows.map((row) => {
                const key = `cov:row:${kind}:${row.id}`;
                const label = rowLabel(ref_, kind, row.id, lang);
                return (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row" className="cov-row-head">
                      <button
                        type="button"
                        aria-pressed={highlight?.key === key}
                        disabled={row.actors.length === 0}
                        title={`${label} — ${t.covRowAll(row.actors.length)}`}
                        onClick={() =>
                          toggle(key, row.actors, `${label} (${t.covRowAll(row.actors.length)})`)
                        }
                      >
                        {label}
                        {!row.known && <span className="cov-outside"> ({t.covOutsideList})</span>}
                      </button>
                    </th>
                    {row.cells.map((cell, i) => {
                      const column = columns[i] as MatrixColumn;
                      return (
                        <td
                          key={cell.column}
                          className={`cov-cell ${cell.state}${starts.has(cell.column) ? ' scheme-start' : ''}`}
                          data-cell={`${row.id}@${cell.column}`}
                          data-state={cell.state}
                        >
                          {cellContent(cell, row.id, column)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <p className="cov-legend">
        <span className="cov-legend-title">{t.covLegend}</span>{' '}
        <span>
          <span className="cov-legend-sample present">3</span> {t.covLegendCount}
        </span>
        <span>
          <span className="cov-legend-sample met" aria-hidden="true">
            ✓
          </span>{' '}
          {t.covLegendMet}
        </span>
        <span>
          <span className="cov-legend-sample gap" aria-hidden="true">
            ✗
          </span>{' '}
          {t.covLegendGap}
        </span>
        <span>
          <span className="cov-legend-sample hint" aria-hidden="true">
            ○
          </span>{' '}
          {t.covLegendHint}
        </span>
        <span>
          <span className="cov-legend-sample" aria-hidden="true">
            ≈
          </span>{' '}
          {t.covLegendAlt}
        </span>
      </p>
    </div>
  );
}
