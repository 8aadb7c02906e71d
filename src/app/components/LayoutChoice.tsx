// The map's layout, a small menu of the map's toolbar (as wide as the button it replaced, so
// the toolbar keeps its row): the layout chosen — the force layout, or the actors grouped by
// a column (scheme combination, territory, actor type, community, a free column of the
// files) — in a native select, and laying the map out again (the menu's keys and closing:
// ToolbarMenu).
import { useId, useMemo } from 'react';
import { freeColumns, type Encodings, type LayoutBy } from '../../map';
import type { MaillageGraph } from '../../model';
import { useText } from '../i18n/text-context.tsx';
import { ToolbarMenu } from './ToolbarMenu.tsx';

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
  const columns = useMemo(() => freeColumns(graph), [graph]);
  // Territories are offered where the files give some.
  const territories = useMemo(
    () => graph.someNode((_, actor) => (actor.territory ?? '').trim() !== ''),
    [graph],
  );
  const by = encodings.layoutBy ?? 'force';
  const value = by === 'column' ? `${COLUMN}${encodings.layoutColumn ?? ''}` : by;

  return (
    <ToolbarMenu
      label={t.layoutMenu}
      testId="layout-menu"
      buttonTestId="layout-menu-button"
      className="layout-menu"
      panelClassName="layout-menu-panel"
      panelLabelledBy={id}
    >
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
    </ToolbarMenu>
  );
}
