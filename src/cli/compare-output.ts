// What `maillage compare` writes: the JSON of the differences (each under the side it is on:
// `added` / `removed` / `changed`) and the French Markdown comparison.
import {
  actorChangeWords,
  diffSentences,
  type BodyCoverageDiff,
  type PresenceChange,
  type RuleChange,
  type VersionDiff,
} from '../analysis';
import {
  own,
  recordOf,
  labelOf,
  WHOLE_SCHEME,
  type ReferenceData,
  type ImportReport,
} from '../domain';
import { importJson, JSON_FORMAT } from './to-json.ts';
import { importSection, md, RULE_STATUS, table } from './to-markdown.ts';

const presence = (p: PresenceChange) => ({
  id: p.id,
  name: p.name.fr,
  nameEn: p.name.en,
  actors: p.actors,
});

/** scheme → body → { sectors, types } × { added, removed }: only bodies with a difference. */
function coverageJson(coverage: readonly BodyCoverageDiff[]) {
  const out = recordOf<Record<string, unknown>>([]);
  for (const body of coverage) {
    const bodies = own(out, body.scheme) ?? recordOf<unknown>([]);
    out[body.scheme] = bodies;
    bodies[body.body] = {
      sectors: {
        added: body.sectors.added.map(presence),
        removed: body.sectors.removed.map(presence),
      },
      types: { added: body.types.added.map(presence), removed: body.types.removed.map(presence) },
    };
  }
  return out;
}

export function compareJson(
  diff: VersionDiff,
  rules: readonly RuleChange[],
  before: ImportReport,
  after: ImportReport,
  ref: ReferenceData,
) {
  return {
    format: JSON_FORMAT,
    summary: diff.summary,
    actors: diff.actors,
    links: diff.links,
    coverage: coverageJson(diff.coverage),
    isolated: diff.isolated,
    articulationPoints: diff.articulationPoints,
    // Each rule checked on both sides (null: it does not apply there, its scheme absent).
    rules: rules.map((r) => ({
      rule: r.rule,
      label: r.label.fr,
      labelEn: r.label.en,
      before: r.before,
      after: r.after,
    })),
    sentences: diffSentences(diff, 'fr', ref),
    sentencesEn: diffSentences(diff, 'en', ref),
    import: { before: importJson(before), after: importJson(after) },
  };
}

export type CompareJson = ReturnType<typeof compareJson>;

const MAX_ROWS = 200;

/** A table, or a line saying there is nothing, capped at MAX_ROWS rows. */
function section(title: string, header: string[], rows: (string | number)[][]): string[] {
  if (rows.length === 0) return [];
  const out = [`### ${title} (${rows.length})`, '', table(header, rows.slice(0, MAX_ROWS)), ''];
  if (rows.length > MAX_ROWS)
    out.push(`… et ${rows.length - MAX_ROWS} autres (voir la sortie JSON ou CSV).`, '');
  return out;
}

export function compareMarkdown(
  diff: VersionDiff,
  rules: readonly RuleChange[],
  before: ImportReport,
  after: ImportReport,
  ref: ReferenceData,
): string {
  const out: string[] = ['# Comparaison de deux versions du maillage', ''];
  const files = (r: ImportReport) => r.files.map((f) => md(f.name)).join(', ');
  out.push(`- **Avant** : ${files(before)}`, `- **Après** : ${files(after)}`, '');
  out.push('## En bref', '');
  for (const sentence of diffSentences(diff, 'fr', ref)) out.push(`- ${md(sentence)}`);
  out.push('');

  const type = (id: string) => md(labelOf(ref.actorTypes, id, 'fr'));
  const scheme = (id: string) => md(labelOf(ref.schemes, id, 'fr'));
  const body = (s: string, b: string) =>
    b === WHOLE_SCHEME
      ? 'tous les membres'
      : md(ref.schemes.find((x) => x.id === s)?.bodies.find((x) => x.id === b)?.label.fr ?? b);
  const names = (list: readonly { name: string }[]) => list.map((a) => md(a.name)).join(', ');
  const { actors, links, isolated, articulationPoints } = diff;

  out.push('## Acteurs', '');
  const actorRow = (a: (typeof actors.added)[number]) => [
    md(a.name),
    md(a.id),
    type(a.type),
    a.schemes.map(scheme).join(', '),
  ];
  out.push(
    ...section(
      'Arrivés',
      ['Acteur', 'Identifiant', 'Type', 'Dispositifs'],
      actors.added.map(actorRow),
    ),
  );
  out.push(
    ...section(
      'Partis',
      ['Acteur', 'Identifiant', 'Type', 'Dispositifs'],
      actors.removed.map(actorRow),
    ),
  );
  out.push(
    ...section(
      'Modifiés',
      ['Acteur', 'Identifiant', 'Changements'],
      actors.changed.map((c) => [md(c.name), md(c.id), md(actorChangeWords(c, 'fr', ref))]),
    ),
  );

  out.push('## Liens', '');
  const strength = (s: number | null) => (s === null ? '—' : s);
  const linkRow = (l: (typeof links.added)[number]) => [
    md(l.sourceName),
    md(l.targetName),
    l.scheme === null ? '—' : scheme(l.scheme),
    md(l.types.join(', ')) || '—',
    strength(l.strength),
  ];
  const linkHeader = ['Acteur 1', 'Acteur 2', 'Dispositif', 'Nature', 'Intensité'];
  out.push(...section('Apparus', linkHeader, links.added.map(linkRow)));
  out.push(...section('Disparus', linkHeader, links.removed.map(linkRow)));
  out.push(
    ...section(
      'Nature ou intensité changée',
      [
        'Acteur 1',
        'Acteur 2',
        'Dispositif',
        'Nature avant',
        'Nature après',
        'Intensité avant',
        'Intensité après',
      ],
      links.changed.map((c) => [
        md(c.sourceName),
        md(c.targetName),
        c.scheme === null ? '—' : scheme(c.scheme),
        md(c.before.types.join(', ')) || '—',
        md(c.after.types.join(', ')) || '—',
        strength(c.before.strength),
        strength(c.after.strength),
      ]),
    ),
  );

  out.push('## Composition des instances', '');
  const items = (list: readonly PresenceChange[]) =>
    list.map((p) => `${md(p.name.fr)} (${names(p.actors)})`).join(' ; ') || '—';
  out.push(
    ...section(
      'Secteurs et types d’acteurs',
      [
        'Dispositif',
        'Instance',
        'Secteurs gagnés',
        'Secteurs perdus',
        'Types gagnés',
        'Types perdus',
      ],
      diff.coverage.map((b) => [
        scheme(b.scheme),
        body(b.scheme, b.body),
        items(b.sectors.added),
        items(b.sectors.removed),
        items(b.types.added),
        items(b.types.removed),
      ]),
    ),
  );

  out.push('## Isolement et points d’articulation', '');
  out.push(
    ...section(
      'Acteurs isolés qui ont trouvé des partenaires',
      ['Acteur', 'Partenaires'],
      isolated.foundPartners.map((a) => [md(a.name), names(a.partners)]),
    ),
    ...section(
      'Acteurs désormais isolés',
      ['Acteur', 'Partenaires d’avant'],
      isolated.newlyIsolated.map((a) => [md(a.name), names(a.partners)]),
    ),
    ...section(
      'Nouveaux points d’articulation',
      ['Acteur', 'Acteurs qui en dépendent'],
      articulationPoints.added.map((p) => [md(p.name), p.cutOff]),
    ),
    ...section(
      'Points d’articulation disparus',
      ['Acteur', 'Acteurs qui en dépendaient'],
      articulationPoints.removed.map((p) => [md(p.name), p.cutOff]),
    ),
  );

  out.push('## Règles entre dispositifs', '');
  const status = (s: RuleChange['before']) => (s === null ? '— (sans objet)' : RULE_STATUS[s]);
  if (rules.length === 0) out.push('Aucune règle vérifiée.', '');
  else
    out.push(
      table(
        ['Règle', 'Avant', 'Après'],
        rules.map((r) => [md(r.label.fr), status(r.before), status(r.after)]),
      ),
      '',
    );

  out.push('## Fichiers de la version d’avant', '', ...importSection(before));
  out.push('## Fichiers de la version d’après', '', ...importSection(after));
  // A heading with no table under it says so.
  return out
    .map((line, i) =>
      line.startsWith('## ') && out[i + 2]?.startsWith('## ')
        ? `${line}\n\nAucun changement.`
        : line,
    )
    .join('\n')
    .replace(/\n+$/, '\n');
}
