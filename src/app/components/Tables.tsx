// The table equivalent of the map (RGAA): actors and links as real tables, sortable by
// buttons in the column headers (aria-sort tells the order), filterable by a text field,
// paged so that 10,000 rows never block the page. They list what the side-panel filters
// keep, exactly as the map shows it.
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { fold, matchesWords, queryWords, type ReferenceData } from '../../domain';
import { onTabListKey } from '../tab-keys.ts';
import type { Visible } from '../../map';
import {
  actorTypeLabel,
  bodyLabel,
  schemeLabel,
  sectorLabel,
  type Workspace,
} from '../workspace.ts';
import { useText } from '../i18n/text-context.tsx';
import { ActorForm } from './edit/ActorForm.tsx';
import { LinkEditButtons } from './edit/LinkButtons.tsx';
import { MergeDialog } from './edit/MergeDialog.tsx';
import { Pager, usePaging } from './Pager.tsx';

type Tab = 'actors' | 'links';
const TABS: Tab[] = ['actors', 'links'];

interface Props {
  workspace: Workspace;
  ref_: ReferenceData;
  visible: Visible;
  /** The names shown (anonymous mode: the role or type of a person). */
  names: ReadonlyMap<string, string>;
  onSelect: (id: string) => void;
}

export function Tables({ workspace, ref_, visible, names, onSelect }: Props) {
  const t = useText();
  const [tab, setTab] = useState<Tab>('actors');
  /** The actor whose form is open (a row's edit button). */
  const [editing, setEditing] = useState<string | null>(null);
  /** The actor a row's « Fusionner avec… » opened the merge dialog from. */
  const [merging, setMerging] = useState<string | null>(null);
  const lang = t.lang;
  const graph = workspace.graph;
  const fmt = (x: number) =>
    x.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 });

  const actorRows = useMemo(() => {
    const rows: ActorRow[] = [];
    graph.forEachNode((id, actor) => {
      if (!visible.nodes.has(id)) return;
      const m = workspace.metrics.nodes[id];
      rows.push({
        id,
        name: names.get(id) ?? actor.name,
        type: actorTypeLabel(ref_, actor, lang),
        sectors: actor.sectors.map((s) => sectorLabel(ref_, s, lang)).join(', '),
        schemes: Object.entries(actor.schemes)
          .map(([s, bodies]) =>
            bodies.length
              ? `${schemeLabel(ref_, s, lang)} (${bodies.map((b) => bodyLabel(ref_, s, b, lang)).join(', ')})`
              : schemeLabel(ref_, s, lang),
          )
          .join(' · '),
        territory: actor.territory ?? '',
        degree: m?.degree ?? graph.degree(id),
        betweenness: m?.betweenness ?? 0,
      });
    });
    return rows;
  }, [graph, visible, workspace.metrics, ref_, lang, names]);

  const linkRows = useMemo(() => {
    const rows: LinkRow[] = [];
    graph.forEachEdge((key, link, source, target) => {
      if (!visible.edges.has(key)) return;
      const a = link.directed ? link.source : source;
      const b = link.directed ? link.target : target;
      rows.push({
        id: key,
        sourceId: a,
        targetId: b,
        source: names.get(a) ?? graph.getNodeAttribute(a, 'name'),
        target: names.get(b) ?? graph.getNodeAttribute(b, 'name'),
        types: link.types.join(', '),
        strength: link.strength ?? 0,
        schemes: link.schemes.map((s) => schemeLabel(ref_, s, lang)).join(', '),
      });
    });
    return rows;
  }, [graph, visible, ref_, lang, names]);

  const actorButton = (id: string, name: string) => (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      <bdi>{name}</bdi>
    </button>
  );

  return (
    <div className="tables" data-testid="tables">
      {editing !== null && graph.hasNode(editing) && (
        <ActorForm actor={graph.getNodeAttributes(editing)} onClose={() => setEditing(null)} />
      )}
      {merging !== null && graph.hasNode(merging) && (
        <MergeDialog first={merging} onClose={() => setMerging(null)} />
      )}
      <div
        role="tablist"
        aria-label={t.viewTables}
        className="tabs"
        onKeyDown={(e) => {
          const target = onTabListKey(e);
          if (target !== null) setTab(TABS[target] ?? tab);
        }}
      >
        <TabButton id="actors" current={tab} onPick={setTab}>
          {t.actorsTable} ({actorRows.length})
        </TabButton>
        <TabButton id="links" current={tab} onPick={setTab}>
          {t.linksTable} ({linkRows.length})
        </TabButton>
      </div>
      <div role="tabpanel" id={`table-panel-${tab}`} aria-labelledby={`table-tab-${tab}`}>
        {tab === 'actors' ? (
          <DataTable<ActorRow>
            key="actors"
            testId="actors-table"
            caption={t.tableCaptionActors}
            rows={actorRows}
            columns={[
              {
                id: 'name',
                label: t.name,
                value: (r) => r.name,
                render: (r) => actorButton(r.id, r.name),
                header: true,
                width: 19,
              },
              { id: 'type', label: t.type, value: (r) => r.type, width: 12 },
              { id: 'sectors', label: t.sectors, value: (r) => r.sectors, width: 14 },
              { id: 'schemes', label: t.schemes, value: (r) => r.schemes, width: 13 },
              { id: 'territory', label: t.territory, value: (r) => r.territory, width: 11 },
              {
                id: 'degree',
                label: t.degreeShort,
                value: (r) => r.degree,
                numeric: true,
                width: 10,
              },
              {
                id: 'betweenness',
                label: t.betweennessShort,
                value: (r) => r.betweenness,
                numeric: true,
                width: 10,
                render: (r) => (workspace.metrics.centrality ? fmt(r.betweenness) : '…'),
              },
              {
                id: 'edit',
                label: t.editActor,
                value: () => '',
                unsortable: true,
                visuallyHiddenLabel: true,
                width: 10,
                render: (r) => (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="table-edit-actor"
                      aria-label={t.editActorTitle(r.name)}
                      onClick={() => setEditing(r.id)}
                    >
                      {t.editActor}
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      data-testid="table-merge-actor"
                      aria-label={t.mergeTitle(r.name)}
                      onClick={() => setMerging(r.id)}
                    >
                      {t.mergeShort}
                    </button>
                  </>
                ),
              },
            ]}
          />
        ) : (
          <DataTable<LinkRow>
            key="links"
            testId="links-table"
            caption={t.tableCaptionLinks}
            rows={linkRows}
            columns={[
              {
                id: 'source',
                label: t.source,
                value: (r) => r.source,
                render: (r) => actorButton(r.sourceId, r.source),
                header: true,
              },
              {
                id: 'target',
                label: t.target,
                value: (r) => r.target,
                render: (r) => actorButton(r.targetId, r.target),
              },
              { id: 'types', label: t.linkTypes, value: (r) => r.types },
              {
                id: 'strength',
                label: t.strength,
                value: (r) => r.strength,
                numeric: true,
                render: (r) => (r.strength ? String(r.strength) : ''),
              },
              { id: 'schemes', label: t.schemes, value: (r) => r.schemes },
              {
                id: 'edit',
                label: t.linkEdit,
                value: () => '',
                unsortable: true,
                visuallyHiddenLabel: true,
                render: (r) => (
                  <LinkEditButtons
                    a={r.sourceId}
                    b={r.targetId}
                    nameA={r.source}
                    nameB={r.target}
                  />
                ),
              },
            ]}
          />
        )}
      </div>
    </div>
  );
}

interface ActorRow {
  id: string;
  name: string;
  type: string;
  sectors: string;
  schemes: string;
  territory: string;
  degree: number;
  betweenness: number;
}

interface LinkRow {
  id: string;
  sourceId: string;
  targetId: string;
  source: string;
  target: string;
  types: string;
  strength: number;
  schemes: string;
}

function TabButton({
  id,
  current,
  onPick,
  children,
}: {
  id: Tab;
  current: Tab;
  onPick: (tab: Tab) => void;
  children: ReactNode;
}) {
  const selected = id === current;
  return (
    <button
      type="button"
      role="tab"
      id={`table-tab-${id}`}
      aria-selected={selected}
      aria-controls={`table-panel-${id}`}
      tabIndex={selected ? 0 : -1}
      data-testid={`table-tab-${id}`}
      onClick={() => onPick(id)}
    >
      {children}
    </button>
  );
}

interface Column<R> {
  id: string;
  label: string;
  value: (row: R) => string | number;
  render?: (row: R) => ReactNode;
  numeric?: boolean;
  /** This column's cell names the row (<th scope="row">). */
  header?: boolean;
  unsortable?: boolean;
  visuallyHiddenLabel?: boolean;
  /** Share of the table's width, in %. */
  width?: number;
}

function DataTable<R extends { id: string }>({
  rows,
  columns,
  caption,
  testId,
}: {
  rows: R[];
  columns: Column<R>[];
  caption: string;
  testId: string;
}) {
  const t = useText();
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  // Columns are rebuilt on every render; their values depend on the rows only.
  const columnsRef = useRef(columns);
  columnsRef.current = columns;

  // Search keys are built once a filter is typed, then kept while the rows stay the same.
  const hasFilter = filter !== '';
  const keys = useMemo(() => {
    if (!hasFilter) return null;
    const cols = columnsRef.current;
    return new Map(rows.map((r) => [r.id, fold(cols.map((c) => String(c.value(r))).join(' '))]));
  }, [rows, hasFilter]);
  const shown = useMemo(() => {
    // The words typed, in any order (as in the search box).
    const words = queryWords(filter);
    const kept =
      words.length && keys
        ? rows.filter((r) => matchesWords(keys.get(r.id) ?? '', words))
        : rows.slice();
    if (sort) {
      const column = columnsRef.current.find((c) => c.id === sort.column);
      if (column) {
        const collator = new Intl.Collator(t.lang, { sensitivity: 'base', numeric: true });
        kept.sort((a, b) => {
          const x = column.value(a);
          const y = column.value(b);
          const c =
            typeof x === 'number' && typeof y === 'number'
              ? x - y
              : collator.compare(String(x), String(y));
          return sort.descending ? -c : c;
        });
      }
    }
    return kept;
  }, [rows, keys, filter, sort, t.lang]);
  const paging = usePaging(shown);
  const { slice, setPage } = paging;

  return (
    <div className="data-table">
      <div className="table-tools">
        <label htmlFor={filterId}>{t.tableFilter}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          placeholder={t.tableFilterPlaceholder}
          data-testid={`${testId}-filter`}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
        <span className="muted" role="status" aria-live="polite">
          {t.rows(shown.length, rows.length)}
        </span>
      </div>
      <div className="table-scroll">
        <table data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={c.width ? { width: `${c.width}%` } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort?.column === c.id;
                const ariaSort = sorted
                  ? sort?.descending
                    ? 'descending'
                    : 'ascending'
                  : undefined;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={c.numeric ? 'numeric' : undefined}
                  >
                    {c.unsortable ? (
                      <span className={c.visuallyHiddenLabel ? 'visually-hidden' : undefined}>
                        {c.label}
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => {
                          setSort(
                            sorted
                              ? { column: c.id, descending: !sort?.descending }
                              : { column: c.id, descending: !!c.numeric },
                          );
                          setPage(0);
                        }}
                      >
                        {c.label}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted ? (sort?.descending ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {slice.map((r) => (
              <tr key={r.id}>
                {columns.map((c) => {
                  const content = c.render ? c.render(r) : c.value(r);
                  return c.header ? (
                    <th key={c.id} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={c.id} className={c.numeric ? 'numeric' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager paging={paging} />
    </div>
  );
}
