// Labels shared by the parts of the coverage panel.
import { WHOLE_SCHEME, type Lang, type ReferenceData } from '../../../../domain';
import type { Catalogue } from '../../../i18n/index.ts';
import type { Highlight } from '../../../state.ts';
import { bodyLabel, schemeLabel, sectorLabel, typeLabel } from '../../../workspace.ts';

/** Highest number of names written in a tooltip or a label. */
const NAMES_SHOWN = 12;

export function rowLabel(
  ref: ReferenceData,
  kind: 'sector' | 'type',
  id: string,
  lang: Lang,
): string {
  return kind === 'sector' ? sectorLabel(ref, id, lang) : typeLabel(ref, id, lang);
}

/** "Comité de pilotage", or "Tous les membres" for the whole scheme. */
export function bodyName(
  ref: ReferenceData,
  t: Catalogue,
  scheme: string,
  body: string,
  lang: Lang,
): string {
  return body === WHOLE_SCHEME ? t.covWholeLong : bodyLabel(ref, scheme, body, lang);
}

/** "COPIL", "GT", "Ensemble"… (the full name goes in a title). */
export function bodyShort(t: Catalogue, body: string, fallback: string): string {
  return body === WHOLE_SCHEME ? t.covWhole : (t.covBodyShort[body] ?? fallback);
}

/** "CLS — Comité de pilotage". */
export function whereLabel(
  ref: ReferenceData,
  t: Catalogue,
  scheme: string,
  body: string,
  lang: Lang,
): string {
  return `${schemeLabel(ref, scheme, lang)} — ${bodyName(ref, t, scheme, body, lang)}`;
}

/** Names, one a line, cut after a dozen ("et 8 autres"). */
export function nameLines(
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  t: Catalogue,
): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => names.get(id) ?? id);
  if (ids.length > NAMES_SHOWN) shown.push(t.covAndMore(ids.length - NAMES_SHOWN));
  return shown.join('\n');
}

/** Lights these actors, or turns them off when the row is already lit. */
export function toggler(
  highlight: Highlight | null,
  onHighlight: (highlight: Highlight | null) => void,
) {
  return (key: string, ids: readonly string[]) =>
    onHighlight(highlight?.key === key ? null : { key, ids: [...ids] });
}
