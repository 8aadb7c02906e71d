// The readable report of `maillage analyze --format markdown`, in French: the same content
// as the JSON, in the order a coordinator reads it (who is around the table, which links
// are missing, how the schemes articulate).
import { type Analysis, coverageFindings, networkFindings } from '../analysis';
import {
  labelOf,
  WHOLE_SCHEME,
  type ReferenceData,
  homonymsToldApart,
  type ImportReport,
  pluralFr,
} from '../domain';
import type { MaillageGraph } from '../model';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The one escape of everything the report shows from the files (names, file names, columns,
 * messages quoting cells): Markdown's own characters get a backslash (a `|` would split a
 * table cell, a `#` make a heading), HTML's become entities (no tag, no entity of the file
 * is interpreted), line breaks become spaces (a cell or a list item stays on its line).
 */
export function md(text: string): string {
  return text
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** A file's separator in words: a `|` in a table, even in a code span, would split it. */
const DELIMITER_NAMES: Record<string, string> = {
  ';': 'point-virgule',
  ',': 'virgule',
  '\t': 'tabulation',
  '|': 'barre verticale',
};

const MAX_ISSUES = 100;
const MAX_SUGGESTIONS = 20;
/** A cross-scheme rule's status in the French report (analyze's and compare's). */
export const RULE_STATUS = {
  met: 'Respectée',
  unmet: '**Non respectée**',
  unknown: 'Non vérifiable',
} as const;
const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'information' } as const;

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function number(value: number, digits = 3): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
}

/** The files as read and what to correct in them: a table, the problems, doubtful pairs. */
export function importSection(imported: ImportReport): string[] {
  const out: string[] = [];
  out.push(
    table(
      ['Fichier', 'Contenu', 'Encodage', 'Séparateur', 'Lignes', 'Importées'],
      imported.files.map((f) => [
        md(f.name),
        f.role === 'actors' ? 'acteurs' : f.role === 'links' ? 'liens' : 'non lu',
        f.encoding ?? '—',
        f.delimiter ? (DELIMITER_NAMES[f.delimiter] ?? md(f.delimiter)) : '—',
        f.rows,
        f.imported,
      ]),
    ),
    '',
  );
  const problems = imported.issues.filter((i) => i.severity !== 'info');
  if (problems.length > 0) {
    out.push(
      `${problems.length} ${pluralFr(problems.length, 'remarque', 'remarques')} à corriger dans les fichiers :`,
      '',
    );
    out.push(
      table(
        ['Fichier', 'Ligne', 'Colonne', 'Gravité', 'Message'],
        problems
          .slice(0, MAX_ISSUES)
          .map((i) => [
            md(i.file),
            i.line ?? '—',
            i.column ? md(i.column) : '—',
            SEVERITY[i.severity],
            md(i.message.fr),
          ]),
      ),
      '',
    );
    if (problems.length > MAX_ISSUES) {
      out.push(`… et ${problems.length - MAX_ISSUES} autres (voir la sortie JSON).`, '');
    }
  }
  if (imported.doubtful.length > 0) {
    out.push('Acteurs peut-être en double, à vérifier :', '');
    // Names first; the ids tell homonyms apart.
    for (const d of imported.doubtful) {
      out.push(`- ${md(d.aName)} (${md(d.a)}) / ${md(d.bName)} (${md(d.b)}) : ${md(d.reason.fr)}`);
    }
    out.push('');
  }
  return out;
}

export function toMarkdown(
  imported: ImportReport,
  graph: MaillageGraph,
  analysis: Analysis,
  ref: ReferenceData,
): string {
  // Homonyms (two clinics of one name in two towns) are told apart by town, else by id.
  const homonyms = homonymsToldApart(
    new Map(),
    graph.mapNodes((_, a) => a),
  );
  const name = (id: string) =>
    md(homonyms.get(id) ?? (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id));
  const sector = (id: string) => md(labelOf(ref.sectors, id, 'fr'));
  const type = (id: string) => md(labelOf(ref.actorTypes, id, 'fr'));
  const scheme = (id: string) => md(labelOf(ref.schemes, id, 'fr'));
  const out: string[] = [];
  const { summary } = analysis;

  out.push('# Analyse du maillage partenarial', '');
  out.push(
    `**${summary.actors}** acteurs, **${summary.links}** liens (partenariats distincts), ` +
      `densité ${number(summary.density, 4)}, ${summary.components} ${pluralFr(summary.components, 'groupe', 'groupes')} d’acteurs reliés ` +
      `dont ${summary.isolated} ${pluralFr(summary.isolated, 'acteur isolé', 'acteurs isolés')}, ` +
      `${summary.communities} ${pluralFr(summary.communities, 'communauté', 'communautés')}.`,
    '',
  );

  out.push('## Fichiers importés', '', ...importSection(imported));

  out.push('## Qui est autour de la table ?', '');
  const coverageGaps = coverageFindings(analysis, ref);
  // No scheme column (a plain inventory): say so rather than leave the section empty.
  if (Object.keys(analysis.coverage).length === 0) {
    out.push(
      'Aucun acteur n’est membre d’un dispositif (colonnes « CLS », « CLSM », « ASV »… absentes ou vides) : la composition des instances ne peut pas être décrite.',
      '',
    );
  }
  for (const [schemeId, bodies] of Object.entries(analysis.coverage)) {
    out.push(`### ${scheme(schemeId)}`, '');
    for (const [body, entry] of Object.entries(bodies)) {
      const bodyRefs = ref.schemes.find((s) => s.id === schemeId)?.bodies ?? [];
      const title = body === WHOLE_SCHEME ? 'Ensemble des membres' : labelOf(bodyRefs, body, 'fr');
      const sectors = Object.entries(entry.sectors)
        .map(([id, ids]) => `${sector(id)} (${ids.length})`)
        .join(', ');
      const types = Object.entries(entry.types)
        .map(([id, ids]) => `${type(id)} (${ids.length})`)
        .join(', ');
      out.push(
        `**${md(title)}** — ${entry.actors.length} ${pluralFr(entry.actors.length, 'membre', 'membres')}`,
        '',
      );
      if (entry.actors.length > 0) {
        out.push(`- Secteurs : ${sectors || 'aucun'}`, `- Types d’acteurs : ${types || 'aucun'}`);
      }
      for (const f of coverageGaps.filter((g) => g.scheme === schemeId && g.body === body)) {
        out.push(`- ${f.level === 'gap' ? '**Manque** : ' : 'À envisager : '}${md(f.message.fr)}`);
      }
      out.push('');
    }
  }

  const network = networkFindings(analysis, graph, ref, homonyms);
  if (analysis.crossSchemeRules.length > 0) {
    out.push('### Règles entre dispositifs', '');
    for (const rule of analysis.crossSchemeRules) {
      out.push(`- ${RULE_STATUS[rule.status]} : ${md(rule.message.fr)}`);
    }
    out.push('');
  }

  out.push('## Quels liens manquent ?', '');
  for (const f of network.filter((x) => ['isolated', 'cut-off-group'].includes(x.kind))) {
    out.push(`- ${md(f.message.fr)}`);
  }
  const pairs = analysis.missingLinks.sectorPairsWithoutLink;
  if (pairs.length > 0) {
    out.push(
      `- ${pairs.length} ${pluralFr(pairs.length, 'paire', 'paires')} de secteurs présents sur le territoire sans aucun lien entre eux : ` +
        pairs.map(([a, b]) => `${sector(a)} – ${sector(b)}`).join(' ; ') +
        '.',
    );
  }
  out.push('');
  const suggested = analysis.missingLinks.suggested.slice(0, MAX_SUGGESTIONS);
  if (suggested.length > 0) {
    out.push('Partenariats suggérés, du plus au moins probable :', '');
    out.push(
      table(
        ['Acteur', 'Acteur', 'Score', 'Pourquoi'],
        suggested.map((s) => [
          name(s.source),
          name(s.target),
          number(s.score, 2),
          md(s.reasons.map((r) => r.fr).join(' ; ')),
        ]),
      ),
      '',
    );
  }

  out.push('## Comment s’articulent les dispositifs ?', '');
  const { articulation } = analysis;
  if (articulation.schemeCombinations.length > 0) {
    out.push(
      table(
        ['Dispositifs', 'Acteurs'],
        articulation.schemeCombinations.map((c) => [
          c.schemes.map(scheme).join(' + '),
          c.actors.length,
        ]),
      ),
      '',
    );
  }
  out.push(
    `${articulation.multiScheme.length} ${pluralFr(articulation.multiScheme.length, 'acteur siège', 'acteurs siègent')} dans au moins deux dispositifs` +
      (articulation.multiScheme.length > 0
        ? ` : ${articulation.multiScheme.map(name).join(', ')}.`
        : '.'),
    '',
  );
  if (articulation.crossSchemeLinks.length > 0) {
    out.push(
      'Liens entre membres de dispositifs différents : ' +
        articulation.crossSchemeLinks
          .map((c) => `${scheme(c.schemes[0])} – ${scheme(c.schemes[1])} : ${c.count}`)
          .join(' ; ') +
        '.',
      '',
    );
  }
  const weak = network.filter((f) => f.kind === 'articulation-point' || f.kind === 'bridge');
  if (weak.length > 0) {
    out.push('Points de fragilité du réseau :', '');
    for (const f of weak) out.push(`- ${md(f.message.fr)}`);
    out.push('');
  } else {
    out.push('Aucun acteur ni aucun lien dont dépend à lui seul la cohésion du réseau.', '');
  }

  out.push('## Acteurs clés', '');
  const top = Object.entries(analysis.actors)
    .sort((a, b) => b[1].betweenness - a[1].betweenness || b[1].degree - a[1].degree)
    .slice(0, 10);
  out.push(
    table(
      ['Acteur', 'Type', 'Partenaires', 'Intermédiarité', 'Proximité', 'Communauté'],
      top.map(([id, m]) => [
        name(id),
        type(graph.getNodeAttribute(id, 'type')),
        m.degree,
        number(m.betweenness),
        number(m.closeness),
        m.community + 1,
      ]),
    ),
    '',
  );
  return out.join('\n');
}
