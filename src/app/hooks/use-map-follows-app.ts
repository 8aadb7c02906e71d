// The map follows the app: once a workspace's map exists (MapView makes one per workspace),
// every input the app changes — metrics, encodings, filters, selection and focus, the map's
// size, the lit and suggested actors, a comparison, the groups' words, names, presentation,
// "what if" — is handed to it, and a layout asked for lays the actors out again. Inputs
// drawn on the map's elements are handed again to each new map (`workspace.serial`).
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ReferenceData } from '../../domain';
import type { Encodings, NetworkMap } from '../../map';
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { groupWords } from '../legend-words.ts';
import type { FailedStep } from '../state.ts';
import type { MapMarks } from '../view-model.ts';
import type { Workspace } from '../workspace.ts';

/** What the map is given of the app's state: the marks it draws (view-model.ts) and more. */
export interface MapInputs extends MapMarks {
  workspace: Workspace;
  ref_: ReferenceData;
  visible: boolean;
  /** Drawing the map or laying it out again failed (the status bar says so). */
  onFailed: (step: Extract<FailedStep, 'draw' | 'layout'>, error: unknown) => void;
}

/** What the actors' positions are laid out by: forces, or a grouping column. */
export function layoutKey(encodings: Encodings): string {
  const by = encodings.layoutBy ?? 'force';
  return by === 'column' ? `column:${encodings.layoutColumn ?? ''}` : by;
}

/**
 * Hands the app's inputs to the map of `mapRef` (its Cytoscape in `container`). `laidOutBy`
 * holds the layout the positions were made by; the returned `chose` is set by the toolbar
 * when it asks for another layout (a saved view shown asks too): only then are the actors
 * laid out again — a workspace restored with its choice keeps the positions it was saved with.
 */
export function useMapFollowsApp(
  mapRef: RefObject<NetworkMap | null>,
  container: RefObject<HTMLDivElement | null>,
  laidOutBy: RefObject<string>,
  inputs: MapInputs,
): { chose: RefObject<boolean> } {
  const { workspace, encodings, filters, selected, focus, visible } = inputs;
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    mapRef.current?.setMetrics(workspace.metrics);
  }, [workspace.metrics, mapRef]);
  useEffect(() => {
    mapRef.current?.setEncodings(encodings);
  }, [encodings, mapRef]);
  useEffect(() => {
    mapRef.current?.setFilters(filters);
  }, [filters, mapRef]);
  useEffect(() => {
    mapRef.current?.select(selected, { center: true });
  }, [selected, mapRef]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const target = focus ? selected : null;
    if (map.focusedId !== target) map.focus(target);
  }, [focus, selected, mapRef]);
  useEffect(() => {
    if (visible) {
      mapRef.current?.cy.resize();
    }
  }, [visible, mapRef]);
  // The drawer under the map changes its height: Cytoscape must know its new size.
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => mapRef.current?.cy.resize());
    observer.observe(element);
    return () => observer.disconnect();
  }, [mapRef, container]);
  const { highlight, suggested, whatIf, stranded } = inputs;
  const drawnSerial = workspace.serial;
  useEffect(() => {
    mapRef.current?.highlight(highlight?.ids ?? null);
  }, [highlight, drawnSerial, mapRef]);
  useEffect(() => {
    mapRef.current?.setSuggested(
      suggested.map((key) => {
        const [source, target] = key.split('|');
        return { source: source ?? '', target: target ?? '' };
      }),
    );
  }, [suggested, drawnSerial, mapRef]);
  // A comparison drawn on the map: the union of both versions, gained, lost and kept.
  const { comparison, state } = useApp();
  const compareMarks = state.compareOnMap && comparison ? comparison.diff.marks : null;
  useEffect(() => {
    mapRef.current?.setCompare(compareMarks);
  }, [compareMarks, drawnSerial, mapRef]);
  const chose = useRelayoutWhenAsked(mapRef, laidOutBy, encodings, (e) =>
    latest.current.onFailed('layout', e),
  );
  const t = useText();
  const { ref_, names, presenting } = inputs;
  const groupNames = useMemo(
    () => groupWords(t, encodings, ref_, workspace.graph),
    [t, encodings, ref_, workspace.graph],
  );
  useEffect(() => {
    mapRef.current?.setGroupWords(groupNames);
  }, [groupNames, drawnSerial, mapRef]);
  useEffect(() => {
    mapRef.current?.setNames(names);
  }, [names, mapRef]);
  useEffect(() => {
    mapRef.current?.setPresentation(presenting);
  }, [presenting, drawnSerial, mapRef]);
  useEffect(() => {
    mapRef.current?.whatIf(whatIf, stranded);
  }, [whatIf, stranded, drawnSerial, mapRef]);
  return { chose };
}

/** The layout chosen: the toolbar (`chose` set) or a saved view shown lays the actors out
 * again; another change of the layout's key (a workspace restored with its choice) only
 * records it. */
function useRelayoutWhenAsked(
  mapRef: RefObject<NetworkMap | null>,
  laidOutBy: RefObject<string>,
  encodings: Encodings,
  onFailed: (error: unknown) => void,
): RefObject<boolean> {
  const { state } = useApp();
  const chose = useRef(false);
  const viewTick = state.shownView?.tick ?? 0;
  const seenViewTick = useRef(viewTick);
  const laidOutKey = layoutKey(encodings);
  const failed = useRef(onFailed);
  failed.current = onFailed;
  useEffect(() => {
    const asked = chose.current || seenViewTick.current !== viewTick;
    chose.current = false;
    seenViewTick.current = viewTick;
    if (laidOutBy.current === laidOutKey) return;
    laidOutBy.current = laidOutKey;
    if (asked) mapRef.current?.relayout().catch((e: unknown) => failed.current(e));
  }, [laidOutKey, viewTick, mapRef, laidOutBy]);
  return chose;
}
