// The details of the selected actor (or a summary of the territory when none is): every
// value is rendered as React text, never as HTML.
import { useEffect, useRef, useState } from 'react';
import { isPerson, type ReferenceData } from '../../domain';
import { shapeOf } from '../../map';
import {
  bodyLabel,
  schemeLabel,
  schemeLongLabel,
  sectorLabel,
  actorTypeLabel,
  type Workspace,
} from '../workspace.ts';
import { useApp } from '../app-context.ts';
import { ActorForm } from './edit/ActorForm.tsx';
import { AddLinkButton, LinkEditButtons } from './edit/LinkButtons.tsx';
import { MergeButton, MergedFrom } from './edit/MergeControls.tsx';
import { ShapeIcon } from './ShapeIcon.tsx';
import { StorageNotice, type StorageState } from './StorageNotice.tsx';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  workspace: Workspace;
  ref_: ReferenceData;
  selected: string | null;
  focus: boolean;
  /** The names shown (anonymous mode: the role or type of a person). */
  names: ReadonlyMap<string, string>;
  /** Anonymous mode: a person's identifiers and free columns are not shown either. */
  anonymous: boolean;
  /** Hides persons' names in free text (anonymous mode; identity otherwise). */
  redact: (text: string) => string;
  onSelect: (id: string | null) => void;
  onFocus: (on: boolean) => void;
  onCenter: (id: string) => void;
  /** Erases the workspace kept in this browser and opens the demo. */
  onForget: () => void;
  /** Whether the last autosave was written in this browser. */
  storage: StorageState;
  onDownloadWorkspace: () => void;
}

const fmt = (x: number, lang: string) =>
  x.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 3 });

export function DetailsPanel(props: Props) {
  const { workspace, selected } = props;
  const t = useText();
  const graph = workspace.graph;
  if (selected === null || !graph.hasNode(selected)) {
    return (
      <aside className="details" aria-labelledby="details-title" data-testid="details">
        <h2 id="details-title" tabIndex={-1}>
          {t.summaryTitle}
        </h2>
        <ul className="summary">
          <li>{t.actors(graph.order)}</li>
          <li>{t.links(graph.size)}</li>
          <li>{t.components(workspace.metrics.components)}</li>
          <li>{t.isolated(workspace.metrics.isolated)}</li>
          {workspace.analysis && <li>{t.density(workspace.analysis.summary.density)}</li>}
          {workspace.analysis && (
            <li>
              {t.articulationCount(
                workspace.analysis.articulation.articulationPoints.length,
                workspace.analysis.articulation.bridges.length,
              )}
            </li>
          )}
          <li>{t.importIssues(workspace.report.issues.length)}</li>
        </ul>
        <p className="hint">{t.summaryHint}</p>
        {props.storage === 'refused' ? (
          <p className="forget">
            <StorageNotice place="panel" onDownload={props.onDownloadWorkspace} />
          </p>
        ) : (
          <ForgetButton kept={props.storage === 'kept'} onForget={props.onForget} />
        )}
      </aside>
    );
  }
  return <ActorDetails {...props} id={selected} />;
}

function ActorDetails({
  workspace,
  ref_,
  id,
  focus,
  names,
  anonymous,
  redact,
  onSelect,
  onFocus,
  onCenter,
}: Props & { id: string }) {
  const t = useText();
  const lang = t.lang;
  const graph = workspace.graph;
  const actor = graph.getNodeAttributes(id);
  const m = workspace.metrics.nodes[id];
  const partners = graph
    .mapEdges(id, (_key, link, source, target) => ({
      id: source === id ? target : source,
      link,
    }))
    .map((p) => ({ ...p, name: names.get(p.id) ?? graph.getNodeAttribute(p.id, 'name') }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const schemes = Object.entries(actor.schemes);
  // A hidden person: no identifier (RPPS names a person) and no free column (they often
  // hold a name, a telephone number or an e-mail address).
  const hidden = anonymous && isPerson(actor);
  const ids = hidden
    ? []
    : [
        ['SIRET', actor.siret],
        ['FINESS', actor.finess],
        ['RPPS', actor.rpps],
      ].filter((x): x is [string, string] => !!x[1]);
  // Free columns ("Contact", "Référent") often name people who are not in the inventory,
  // whom no redaction can recognise: anonymous mode shows none of them.
  const attributes = anonymous
    ? []
    : Object.entries(actor.attributes).filter(([, v]) => v.trim() !== '');
  return (
    <aside
      className="details"
      aria-labelledby="details-title"
      data-testid="details"
      onKeyDown={(e) => {
        // Escape closes the actor's details (the focus goes back where the actor was picked).
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onSelect(null);
      }}
    >
      <div className="details-head">
        <h2 id="details-title" data-testid="details-name" dir="auto" tabIndex={-1}>
          {names.get(id) ?? actor.name}
        </h2>
        <button
          type="button"
          className="icon-button"
          data-testid="details-close"
          onClick={() => onSelect(null)}
          aria-label={t.close}
          title={t.close}
        >
          ×
        </button>
      </div>
      <p className="details-type">
        <ShapeIcon shape={shapeOf(actor.type)} colour="#D5DAE0" />
        <span data-testid="details-type">{actorTypeLabel(ref_, actor, lang)}</span>
      </p>
      <div className="details-actions">
        <button type="button" onClick={() => onCenter(id)}>
          {t.center}
        </button>
        <button
          type="button"
          aria-pressed={focus}
          data-testid="focus-button"
          onClick={() => onFocus(!focus)}
        >
          {focus ? t.focusOff : t.focusOn}
        </button>
        <ActorEditButtons id={id} />
        <MergeButton id={id} />
      </div>
      <MergedFrom key={id} id={id} />
      {m && m.cutOff > 0 && <p className="critical-note">{t.articulationPoint(m.cutOff)}</p>}

      <h3>{t.schemesAndBodies}</h3>
      {schemes.length === 0 ? (
        <p className="muted">{t.notInAnyScheme}</p>
      ) : (
        <ul className="plain" data-testid="details-schemes">
          {schemes.map(([scheme, bodies]) => (
            <li key={scheme}>
              <abbr title={schemeLongLabel(ref_, scheme, lang)}>
                {schemeLabel(ref_, scheme, lang)}
              </abbr>
              {' — '}
              {bodies.length
                ? bodies.map((b) => bodyLabel(ref_, scheme, b, lang)).join(', ')
                : t.member}
              {(actor.groups[scheme]?.length ?? 0) > 0 && (
                <span className="muted"> ({t.groupsOf(actor.groups[scheme] ?? [])})</span>
              )}
            </li>
          ))}
        </ul>
      )}

      {hidden && (
        <p className="muted" data-testid="details-anonymous">
          {t.anonymousPerson}
        </p>
      )}
      <dl className="facts">
        <Fact term={t.sectors}>
          {actor.sectors.length
            ? actor.sectors.map((s) => sectorLabel(ref_, s, lang)).join(' · ')
            : t.unknownValue}
        </Fact>
        {actor.territory && (
          <>
            <Fact term={t.territory}>{redact(actor.territory)}</Fact>
          </>
        )}
        {actor.role && (
          <>
            <Fact term={t.role}>{redact(actor.role)}</Fact>
          </>
        )}
        {actor.person !== undefined && (
          <>
            <Fact term={t.person}>{actor.person ? t.yes : t.no}</Fact>
          </>
        )}
        {ids.map(([k, v]) => (
          <Fact key={k} term={k}>
            {v}
          </Fact>
        ))}
      </dl>

      <h3>{t.metrics}</h3>
      {m && (
        <dl className="facts metrics" data-testid="details-metrics">
          <Fact term={t.degree}>{m.degree}</Fact>
          <Fact term={t.weightedDegree}>{m.weightedDegree}</Fact>
          <Fact term={t.betweenness}>
            {workspace.metrics.centrality ? fmt(m.betweenness, lang) : t.pending}
          </Fact>
          <Fact term={t.closeness}>
            {workspace.metrics.centrality ? fmt(m.closeness, lang) : t.pending}
          </Fact>
          <Fact term={t.communityLabel}>
            {m.community >= 0 ? t.community(m.community) : t.unknownValue}
          </Fact>
        </dl>
      )}

      <h3>{t.partners(partners.length)}</h3>
      <div className="details-actions">
        <AddLinkButton from={id} />
      </div>
      {partners.length === 0 ? (
        <p className="muted">{t.noPartners}</p>
      ) : (
        <ul className="partners" data-testid="details-partners">
          {partners.map((p) => (
            <li key={p.id}>
              <button type="button" className="link-button" onClick={() => onSelect(p.id)}>
                <bdi>{p.name}</bdi>
              </button>
              <span className="muted">
                {' '}
                {[
                  p.link.types.join(', '),
                  p.link.strength ? `${t.strength} ${p.link.strength}` : '',
                  p.link.weight !== undefined ? `${t.weight} ${p.link.weight}` : '',
                  p.link.reciprocal ? t.reciprocal : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>{' '}
              <LinkEditButtons a={id} b={p.id} nameA={names.get(id) ?? actor.name} nameB={p.name} />
            </li>
          ))}
        </ul>
      )}

      {attributes.length > 0 && (
        <>
          <h3>{t.attributes}</h3>
          <dl className="facts">
            {attributes.map(([k, v]) => (
              <Fact key={k} term={k}>
                {v}
              </Fact>
            ))}
          </dl>
        </>
      )}

      <h3>{t.sources}</h3>
      <ul className="plain muted" data-testid="details-sources">
        {actor.sources.map((s, i) => (
          <li key={i}>{t.sourceLine(s.file, s.line)}</li>
        ))}
      </ul>
    </aside>
  );
}

/** Erasing what this browser keeps takes two clicks: a town hall's shared computer must
 * be easy to clean, but not by accident. */
function ForgetButton({
  kept,
  onForget,
}: {
  /** A save was written: only then does the app say the territory is kept. */
  kept: boolean;
  onForget: () => void;
}) {
  const t = useText();
  const [asked, setAsked] = useState(false);
  // The button pressed goes away: the focus moves to the one that takes its place.
  const confirm = useRef<HTMLButtonElement>(null);
  const forget = useRef<HTMLButtonElement>(null);
  // Only a change of `asked` moves the focus: an effect run again with the same value (the
  // panel shown again after a suspended sibling) must not pull the focus here at load.
  const shownAsked = useRef(asked);
  useEffect(() => {
    if (shownAsked.current === asked) return;
    shownAsked.current = asked;
    (asked ? confirm : forget).current?.focus();
  }, [asked]);
  return (
    <div className="forget">
      {kept && (
        <p className="help" data-testid="kept-promise">
          {t.forgetHelp}
        </p>
      )}
      {asked ? (
        <p>
          <button
            ref={confirm}
            type="button"
            className="danger"
            data-testid="forget-confirm"
            onClick={() => {
              setAsked(false);
              onForget();
            }}
          >
            {t.forgetConfirm}
          </button>{' '}
          <button type="button" data-testid="forget-cancel" onClick={() => setAsked(false)}>
            {t.cancel}
          </button>
        </p>
      ) : (
        <button
          ref={forget}
          type="button"
          className="link-button"
          data-testid="forget"
          onClick={() => setAsked(true)}
        >
          {t.forget}
        </button>
      )}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Edit the actor (the form) or delete it (after a confirmation; undoable). */
function ActorEditButtons({ id }: { id: string }) {
  const t = useText();
  const { state, actions } = useApp();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const graph = state.workspace?.graph;
  const actor = graph?.hasNode(id) ? graph.getNodeAttributes(id) : null;
  if (!actor) return null;
  return (
    <>
      <button type="button" data-testid="edit-actor" onClick={() => setEditing(true)}>
        {t.editActor}
      </button>
      <button
        type="button"
        data-testid="delete-actor"
        aria-expanded={confirming}
        onClick={() => setConfirming(!confirming)}
      >
        {t.editDelete}
      </button>
      {confirming && (
        <div className="edit-confirm" role="group" aria-labelledby={`confirm-${id}`}>
          <p id={`confirm-${id}`}>{t.editDeleteConfirm(actor.name)}</p>
          <button
            type="button"
            className="danger"
            data-testid="delete-confirm"
            ref={(b) => b?.focus()}
            onClick={() => {
              setConfirming(false);
              actions.edit({ kind: 'delete-actor', id }, null);
            }}
          >
            {t.editDelete}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t.editCancel}
          </button>
        </div>
      )}
      {editing && <ActorForm actor={actor} onClose={() => setEditing(false)} />}
    </>
  );
}
