// The map's layout, a small menu of the map's toolbar (as wide as the button it replaced, so
// the toolbar keeps its row): the layout chosen — the force layout, or the actors grouped by
// a column (scheme combination, territory, actor type, community, a free column of the
// files) — in a native select, and laying the map out again. Escape or a click elsewhere
// closes it (Escape puts the focus back on its button).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { freeColumns, type Encodings, type LayoutBy } from '../../map';
import type { MaillageGraph } from '../../model';
import { useText } from '../i18n/text-context.tsx';

const GROUPS = ['scheme', 'territory', 'type', 'community'] as const;
const COLUMN = 'column:';

interface Props {
  graph: MaillageGraph;
  encodings: Encodings;
  /** A layout is running (laying out again waits). */
  running: boolean;
  onChoose: (layoutBy: LayoutBy, column?: string) => void;
  onRelayout: () => void;
}

export function LayoutChoice({ graph, encodings, running, onChoose, onRelayout }: Props) {
  const t = useText();
  const id = useId();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const columns = useMemo(() => freeColumns(graph), [graph]);
  // Territories are offered where the files give some.
  const territories = useMemo(
    () => graph.someNode((_, actor) => (actor.territory ?? '').trim() !== ''),
    [graph],
  );
  const by = encodings.layoutBy ?? 'force';
  const value = by === 'column' ? `${COLUMN}${encodings.layoutColumn ?? ''}` : by;

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const details = menu.current;
      if (details && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <details
      ref={menu}
      className="export-menu layout-menu"
      data-testid="layout-menu"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.preventDefault();
        e.stopPropagation();
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary data-testid="layout-menu-button">{t.layoutMenu}</summary>
      <div className="export-menu-panel layout-menu-panel" role="group" aria-labelledby={id}>
        <label className="field">
          <span id={id}>{t.layoutBy}</span>
          <select
            data-testid="layout-by"
            value={value}
            onChange={(e) => {
              const chosen = e.target.value;
              if (chosen.startsWith(COLUMN)) onChoose('column', chosen.slice(COLUMN.length));
              else onChoose(chosen as LayoutBy);
            }}
          >
            <option value="force">{t.layoutByForce}</option>
            {GROUPS.filter((g) => g !== 'territory' || territories || by === g).map((g) => (
              <option key={g} value={g}>
                {t.layoutByGroup[g]}
              </option>
            ))}
            {columns.map((c) => (
              <option key={c.name} value={`${COLUMN}${c.name}`}>
                {t.layoutByColumn(c.name)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="relayout" disabled={running} onClick={onRelayout}>
          {t.relayout}
        </button>
      </div>
    </details>
  );
}
