// The analysis in words, in French and English: each gap, missing link and weak point as a
// sentence a coordinator can read aloud ("Aucun acteur du secteur « Logement et habitat » au
// comité de pilotage du CLS"). The CLI's Markdown report and the app's panels share them.
import { WHOLE_SCHEME, type Localized, type ReferenceData, pluralEn, pluralFr } from '../domain';
import type { MaillageGraph } from '../model';
import type { Analysis } from './analyze.ts';

export type FindingKind =
  | 'coverage'
  | 'cross-scheme'
  | 'isolated'
  | 'cut-off-group'
  | 'sector-pair'
  | 'articulation-point'
  | 'bridge';

export interface Finding {
  kind: FindingKind;
  /** `gap` for a required rule or a structural weakness, `hint` for a recommendation. */
  level: 'gap' | 'hint';
  message: Localized;
  /** The actors the finding is about, to highlight on the map. */
  actors: string[];
  scheme?: string;
  body?: string;
}

const VOWEL = /^[aeiouyhàâéèêëîïôöûüœ]/i;
const FEMININE_BODIES = new Set(['coordination', 'pleniere']);

/** "du CLS", "de l’ASV", "du Contrat de ville". */
function ofScheme(label: string): Localized {
  return { fr: VOWEL.test(label) ? `de l’${label}` : `du ${label}`, en: `of the ${label}` };
}

/** "au comité de pilotage du CLS", "à la coordination de l’ASV", "dans l’ensemble du CLS". */
export function inBody(ref: ReferenceData, scheme: string, body: string): Localized {
  const schemeRef = ref.schemes.find((s) => s.id === scheme);
  const schemeLabel = schemeRef?.label ?? { fr: scheme, en: scheme };
  const of = ofScheme(schemeLabel.fr);
  if (body === WHOLE_SCHEME) {
    return { fr: `parmi les membres ${of.fr}`, en: `among the members of the ${schemeLabel.en}` };
  }
  const bodyLabel = schemeRef?.bodies.find((b) => b.id === body)?.label ?? { fr: body, en: body };
  const name = bodyLabel.fr.charAt(0).toLowerCase() + bodyLabel.fr.slice(1);
  const fr = VOWEL.test(name)
    ? `à l’${name}`
    : FEMININE_BODIES.has(body)
      ? `à la ${name}`
      : `au ${name}`;
  return {
    fr: `${fr} ${of.fr}`,
    en: `in the ${bodyLabel.en.toLowerCase()} ${of.en}`,
  };
}

function labels(
  entries: readonly { id: string; label: Localized }[],
  ids: readonly string[],
): Localized {
  const found = ids.map((id) => entries.find((e) => e.id === id)?.label ?? { fr: id, en: id });
  return {
    fr: found.map((l) => `« ${l.fr} »`).join(' ou '),
    en: found.map((l) => `“${l.en}”`).join(' or '),
  };
}

function nameOf(graph: MaillageGraph, id: string, names?: ReadonlyMap<string, string>): string {
  const shown = names?.get(id);
  if (shown !== undefined) return shown;
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id;
}

export function coverageFindings(analysis: Analysis, ref: ReferenceData): Finding[] {
  const findings: Finding[] = [];
  for (const [scheme, bodies] of Object.entries(analysis.coverage)) {
    for (const [body, entry] of Object.entries(bodies)) {
      const where = inBody(ref, scheme, body);
      for (const rule of entry.gaps) {
        const what =
          rule.kind === 'sector'
            ? labels(ref.sectors, rule.anyOf)
            : labels(ref.actorTypes, rule.anyOf);
        const kindFr = rule.kind === 'sector' ? 'du secteur' : 'de type';
        const kindEn = rule.kind === 'sector' ? 'from the sector' : 'of type';
        const levelFr = rule.level === 'required' ? 'requis' : 'recommandé';
        const levelEn = rule.level === 'required' ? 'required' : 'recommended';
        const why = rule.note
          ? { fr: `${levelFr} ; ${rule.note.fr}`, en: `${levelEn}; ${rule.note.en}` }
          : { fr: levelFr, en: levelEn };
        findings.push({
          kind: 'coverage',
          level: rule.level === 'required' ? 'gap' : 'hint',
          scheme,
          body,
          actors: entry.actors,
          message: {
            fr: `Aucun acteur ${kindFr} ${what.fr} ${where.fr} (${why.fr}).`,
            en: `No actor ${kindEn} ${what.en} ${where.en} (${why.en}).`,
          },
        });
      }
    }
  }
  return findings;
}

/** `names`: the names to show (anonymous mode: a person's role or type), by actor id. */
export function networkFindings(
  analysis: Analysis,
  graph: MaillageGraph,
  ref: ReferenceData,
  names?: ReadonlyMap<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of analysis.crossSchemeRules) {
    if (!rule.ok) {
      findings.push({
        kind: 'cross-scheme',
        level: 'gap',
        actors: rule.actors,
        message: rule.message,
      });
    }
  }
  const isolated = analysis.missingLinks.isolated;
  if (isolated.length > 0) {
    const list = isolated.map((id) => nameOf(graph, id, names)).join(', ');
    findings.push({
      kind: 'isolated',
      level: 'gap',
      actors: isolated,
      message: {
        fr: `${isolated.length} ${pluralFr(isolated.length, 'acteur n’a', 'acteurs n’ont')} aucun lien : ${list}.`,
        en: `${isolated.length} ${pluralEn(isolated.length, 'actor has', 'actors have')} no link: ${list}.`,
      },
    });
  }
  for (const group of analysis.missingLinks.components) {
    const list = group.map((id) => nameOf(graph, id, names)).join(', ');
    findings.push({
      kind: 'cut-off-group',
      level: 'gap',
      actors: group,
      message: {
        fr: `Un groupe de ${group.length} acteurs est coupé du réseau principal : ${list}.`,
        en: `A group of ${group.length} actors is cut off from the main network: ${list}.`,
      },
    });
  }
  for (const [a, b] of analysis.missingLinks.sectorPairsWithoutLink) {
    const pair = labels(ref.sectors, [a]);
    const other = labels(ref.sectors, [b]);
    findings.push({
      kind: 'sector-pair',
      level: 'hint',
      actors: graph.filterNodes(
        (_id, actor) => actor.sectors.includes(a) || actor.sectors.includes(b),
      ),
      message: {
        fr: `Aucun lien entre les secteurs ${pair.fr} et ${other.fr}.`,
        en: `No link between the sectors ${pair.en} and ${other.en}.`,
      },
    });
  }
  for (const point of analysis.articulation.articulationPoints) {
    if (point.cutOff === 0) continue;
    const name = nameOf(graph, point.id, names);
    findings.push({
      kind: 'articulation-point',
      level: 'gap',
      actors: [point.id],
      message: {
        fr: `Si « ${name} » se retire, ${point.cutOff} ${pluralFr(point.cutOff, 'acteur est coupé', 'acteurs sont coupés')} du reste du réseau.`,
        en: `If “${name}” withdraws, ${point.cutOff} ${pluralEn(point.cutOff, 'actor is', 'actors are')} cut off from the rest of the network.`,
      },
    });
  }
  for (const [a, b] of analysis.articulation.bridges) {
    const [na, nb] = [nameOf(graph, a, names), nameOf(graph, b, names)];
    findings.push({
      kind: 'bridge',
      level: 'gap',
      actors: [a, b],
      message: {
        fr: `Le lien entre « ${na} » et « ${nb} » est le seul chemin entre deux parties du réseau : sans lui, elles ne se parlent plus.`,
        en: `The link between “${na}” and “${nb}” is the only path between two parts of the network: without it, they are disconnected.`,
      },
    });
  }
  return findings;
}
