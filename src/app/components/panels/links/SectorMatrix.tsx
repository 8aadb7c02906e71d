// The sector × sector matrix: how many links join the actors of two sectors. Counts are
// written; an empty cell between two different sectors is hatched and reads "0", so the
// gaps show without colour. Every cell is a button that lights the actors concerned.
import { actorsOfSectorCell, shortLabel, type SectorMatrix as Matrix } from '../../../../analysis';
import type { MaillageGraph } from '../../../../model';
import type { Highlight } from '../../../state.ts';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  matrix: Matrix;
  graph: MaillageGraph;
  label: (sector: string) => string;
  highlight: Highlight | null;
  onLight: (key: string, ids: () => string[]) => void;
}

export function SectorMatrix({ matrix, graph, label, highlight, onLight }: Props) {
  const t = useText();
  const max = Math.max(1, ...matrix.counts.flat());
  return (
    <div className="ml-matrix-scroll">
      <table className="ml-matrix" data-testid="ml-matrix">
        <caption>{t.mlMatrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="ml-corner">
              <span className="visually-hidden">{t.mlMatrixCorner}</span>
            </th>
            {matrix.sectors.map((s) => (
              <th key={s} scope="col" className="ml-col" title={label(s)}>
                <span className="ml-vertical">{shortLabel(label(s))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.sectors.map((a, i) => (
            <tr key={a}>
              <th scope="row" title={label(a)}>
                {shortLabel(label(a))}
              </th>
              {matrix.sectors.map((b, j) => {
                const n = matrix.counts[i]?.[j] ?? 0;
                const gap = n === 0 && i !== j;
                // An empty cell is the same finding as its row in the list of pairs
                // (same key: both show pressed).
                const pair = i < j ? `${a}|${b}` : `${b}|${a}`;
                const key = gap ? `ml:pair:${pair}` : `ml:cell:${pair}`;
                const level = n === 0 ? 0 : Math.ceil((4 * n) / max);
                const classes = [
                  gap ? 'ml-gap' : '',
                  i === j ? 'ml-diagonal' : '',
                  level ? `ml-level-${level}` : '',
                ].join(' ');
                return (
                  <td key={b} className={classes.trim() || undefined}>
                    <button
                      type="button"
                      aria-pressed={highlight?.key === key}
                      data-testid="ml-cell"
                      data-sectors={`${a}|${b}`}
                      data-count={n}
                      onClick={() => onLight(key, () => actorsOfSectorCell(graph, a, b))}
                    >
                      <span aria-hidden="true">{n}</span>
                      <span className="visually-hidden">{t.mlCell(label(a), label(b), n)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
