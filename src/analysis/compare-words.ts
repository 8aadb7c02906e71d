// The comparison of two versions in words (French and English, plurals right: « 1 acteur »,
// « 2 acteurs ») and as a CSV of the differences, one row each, for a spreadsheet.
import { csvText, labelOf, type Lang, type ReferenceData } from '../domain';
import { ACTOR_FIELD_WORDS } from '../import';
import type { PresenceChange } from './compare-coverage.ts';
import type { LinkEnds, LinkEntry } from './compare-links.ts';
import { noDifference, type ActorChange, type ActorEntry, type VersionDiff } from './compare.ts';
import { inBody } from './findings.ts';

/** Names listed in a sentence before « et 3 autres ». */
const MAX_NAMES = 10;

const PLURALS = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

/** `one` or `many` as the language counts `n` (French: 0 and 1 are singular). */
function pl(lang: Lang, n: number, one: string, many: string): string {
  return PLURALS[lang].select(n) === 'one' ? one : many;
}

function q(lang: Lang, text: string): string {
  return lang === 'fr' ? `« ${text} »` : `“${text}”`;
}

function list(lang: Lang, items: readonly string[]): string {
  const shown = items.slice(0, MAX_NAMES).join(', ');
  const more = items.length - MAX_NAMES;
  if (more <= 0) return shown;
  return lang === 'fr'
    ? `${shown} et ${more} ${pl(lang, more, 'autre', 'autres')}`
    : `${shown} and ${more} more`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Words that depend on the reference lists. */
function labels(ref: ReferenceData, lang: Lang) {
  const bodyOf = (scheme: string, body: string) =>
    ref.schemes.find((s) => s.id === scheme)?.bodies.find((b) => b.id === body)?.label[lang] ??
    body;
  return {
    type: (id: string) => labelOf(ref.actorTypes, id, lang),
    sector: (id: string) => labelOf(ref.sectors, id, lang),
    scheme: (id: string) => labelOf(ref.schemes, id, lang),
    body: bodyOf,
  };
}

const SAID_BY: Record<string, { fr: string; en: string }> = {
  siret: { fr: 'même SIRET', en: 'same SIRET' },
  finess: { fr: 'même FINESS', en: 'same FINESS' },
  rpps: { fr: 'même RPPS', en: 'same RPPS' },
  name: { fr: 'même nom', en: 'same name' },
  id: { fr: 'même identifiant', en: 'same id' },
};

/** "+ Logement, − Soins". */
function plusMinus(added: readonly string[], removed: readonly string[]): string {
  return [...added.map((a) => `+ ${a}`), ...removed.map((r) => `− ${r}`)].join(', ');
}

/** One changed actor's changes: "type : Association → Bailleur social ; secteurs : + Logement". */
export function actorChangeWords(change: ActorChange, lang: Lang, ref: ReferenceData): string {
  const l = labels(ref, lang);
  const colon = lang === 'fr' ? ' : ' : ': ';
  const none = '—';
  const parts: string[] = [];
  if (change.beforeId !== change.id) {
    parts.push(
      `${ACTOR_FIELD_WORDS.id[lang]}${colon}${change.beforeId} → ${change.id} (${SAID_BY[change.matchedBy]![lang]})`,
    );
  }
  for (const c of change.changes) {
    if (c.field === 'bodies') {
      const body = (b: string) => l.body(c.scheme, b);
      parts.push(
        `${l.scheme(c.scheme)}${colon}${plusMinus(c.added.map(body), c.removed.map(body))}`,
      );
    } else if ('added' in c) {
      const word = c.field === 'sectors' ? l.sector : l.scheme;
      parts.push(
        `${ACTOR_FIELD_WORDS[c.field][lang]}${colon}${plusMinus(c.added.map(word), c.removed.map(word))}`,
      );
    } else {
      const field = c.field;
      const word = (v: string | null) =>
        v === null ? none : field === 'type' ? l.type(v) : field === 'name' ? q(lang, v) : v;
      parts.push(`${ACTOR_FIELD_WORDS[field][lang]}${colon}${word(c.before)} → ${word(c.after)}`);
    }
  }
  return parts.join(lang === 'fr' ? ' ; ' : '; ');
}

const ends = (lang: Lang, link: LinkEnds) =>
  `${q(lang, link.sourceName)} – ${q(lang, link.targetName)}`;

function linkWords(lang: Lang, ref: ReferenceData, link: LinkEntry): string {
  const l = labels(ref, lang);
  const parts = [
    link.scheme === null
      ? lang === 'fr'
        ? 'sans dispositif'
        : 'no scheme'
      : l.scheme(link.scheme),
    ...(link.types.length > 0 ? [link.types.join(', ')] : []),
    ...(link.strength === null
      ? []
      : [`${lang === 'fr' ? 'intensité' : 'strength'} ${link.strength}`]),
  ];
  return parts.join(', ');
}

function linkChangeWords(
  lang: Lang,
  ref: ReferenceData,
  change: VersionDiff['links']['changed'][number],
): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const none = '—';
  const parts: string[] = [];
  const types = (t: readonly string[]) => (t.length === 0 ? none : t.join(', '));
  const [old, now] = [change.before, change.after];
  const sameTypes =
    old.types.length === now.types.length && old.types.every((t) => now.types.includes(t));
  if (!sameTypes) parts.push(`nature${colon}${types(old.types)} → ${types(now.types)}`);
  if (old.strength !== now.strength) {
    parts.push(
      `${lang === 'fr' ? 'intensité' : 'strength'}${colon}${old.strength ?? none} → ${now.strength ?? none}`,
    );
  }
  const scheme = change.scheme === null ? '' : `${labels(ref, lang).scheme(change.scheme)}, `;
  return scheme + parts.join(lang === 'fr' ? ' ; ' : '; ');
}

function presence(lang: Lang, kind: 'sector' | 'type', p: PresenceChange): string {
  const word = kind === 'sector' ? (lang === 'fr' ? 'secteur' : 'sector') : 'type';
  const who = list(
    lang,
    p.actors.map((a) => q(lang, a.name)),
  );
  return `${word} ${q(lang, p.name[lang])} (${who})`;
}

/** The differences in sentences a coordinator can read aloud, most telling first. */
export function diffSentences(diff: VersionDiff, lang: Lang, ref: ReferenceData): string[] {
  const fr = lang === 'fr';
  const n = (count: number, one: string, many: string) => `${count} ${pl(lang, count, one, many)}`;
  const { before, after } = diff.summary;
  const out: string[] = [
    fr
      ? `Avant : ${n(before.actors, 'acteur', 'acteurs')} et ${n(before.links, 'lien', 'liens')} ; après : ${n(after.actors, 'acteur', 'acteurs')} et ${n(after.links, 'lien', 'liens')}.`
      : `Before: ${n(before.actors, 'actor', 'actors')} and ${n(before.links, 'link', 'links')}; after: ${n(after.actors, 'actor', 'actors')} and ${n(after.links, 'link', 'links')}.`,
  ];
  if (noDifference(diff)) {
    out.push(
      fr ? 'Aucune différence entre les deux versions.' : 'No difference between the two versions.',
    );
    return out;
  }
  const say = (
    count: number,
    frOne: string,
    frMany: string,
    enOne: string,
    enMany: string,
    items: string[],
  ) => {
    if (count === 0) return;
    out.push(
      `${fr ? n(count, frOne, frMany) : n(count, enOne, enMany)}${fr ? ' : ' : ': '}${list(lang, items)}.`,
    );
  };
  const names = (actors: readonly { name: string }[]) => actors.map((a) => q(lang, a.name));
  const { actors, links, isolated, articulationPoints } = diff;
  say(
    actors.added.length,
    'acteur est arrivé',
    'acteurs sont arrivés',
    'actor joined',
    'actors joined',
    names(actors.added),
  );
  say(
    actors.removed.length,
    'acteur est parti',
    'acteurs sont partis',
    'actor left',
    'actors left',
    names(actors.removed),
  );
  say(
    actors.changed.length,
    'acteur a changé',
    'acteurs ont changé',
    'actor changed',
    'actors changed',
    actors.changed.map((c) => `${q(lang, c.name)} (${actorChangeWords(c, lang, ref)})`),
  );
  const linkItem = (l: LinkEntry) => `${ends(lang, l)} (${linkWords(lang, ref, l)})`;
  say(
    links.added.length,
    'lien est apparu',
    'liens sont apparus',
    'link appeared',
    'links appeared',
    links.added.map(linkItem),
  );
  say(
    links.removed.length,
    'lien a disparu',
    'liens ont disparu',
    'link disappeared',
    'links disappeared',
    links.removed.map(linkItem),
  );
  say(
    links.changed.length,
    'lien a changé de nature ou d’intensité',
    'liens ont changé de nature ou d’intensité',
    'link changed in nature or strength',
    'links changed in nature or strength',
    links.changed.map((c) => `${ends(lang, c)} (${linkChangeWords(lang, ref, c)})`),
  );
  for (const body of diff.coverage) {
    const where = capital(inBody(ref, body.scheme, body.body)[lang]);
    const gained = [
      ...body.sectors.added.map((p) => presence(lang, 'sector', p)),
      ...body.types.added.map((p) => presence(lang, 'type', p)),
    ];
    const lost = [
      ...body.sectors.removed.map((p) => presence(lang, 'sector', p)),
      ...body.types.removed.map((p) => presence(lang, 'type', p)),
    ];
    const parts = [
      ...(gained.length > 0
        ? [
            `${fr ? 'nouvellement représentés' : 'newly represented'}${fr ? ' : ' : ': '}${gained.join(', ')}`,
          ]
        : []),
      ...(lost.length > 0
        ? [
            `${fr ? 'plus représentés' : 'no longer represented'}${fr ? ' : ' : ': '}${lost.join(', ')}`,
          ]
        : []),
    ];
    out.push(`${where}, ${parts.join(fr ? ' ; ' : '; ')}.`);
  }
  say(
    isolated.foundPartners.length,
    'acteur isolé a trouvé des partenaires',
    'acteurs isolés ont trouvé des partenaires',
    'isolated actor found partners',
    'isolated actors found partners',
    isolated.foundPartners.map(
      (a) => `${q(lang, a.name)} (${fr ? 'avec' : 'with'} ${list(lang, names(a.partners))})`,
    ),
  );
  say(
    isolated.newlyIsolated.length,
    'acteur est désormais isolé',
    'acteurs sont désormais isolés',
    'actor is now isolated',
    'actors are now isolated',
    isolated.newlyIsolated.map(
      (a) =>
        `${q(lang, a.name)} (${fr ? 'lié avant à' : 'linked before to'} ${list(lang, names(a.partners))})`,
    ),
  );
  const cut = (p: { name: string; cutOff: number }) =>
    `${q(lang, p.name)} (${fr ? n(p.cutOff, 'acteur en dépend', 'acteurs en dépendent') : `${n(p.cutOff, 'actor depends', 'actors depend')} on it`})`;
  say(
    articulationPoints.added.length,
    'nouveau point d’articulation',
    'nouveaux points d’articulation',
    'new articulation point',
    'new articulation points',
    articulationPoints.added.map(cut),
  );
  say(
    articulationPoints.removed.length,
    'point d’articulation a disparu',
    'points d’articulation ont disparu',
    'articulation point went away',
    'articulation points went away',
    articulationPoints.removed.map(cut),
  );
  return out;
}

const KIND = {
  actor: { fr: 'acteur', en: 'actor' },
  link: { fr: 'lien', en: 'link' },
  sector: { fr: 'secteur', en: 'sector' },
  type: { fr: 'type d’acteur', en: 'actor type' },
  isolated: { fr: 'acteur isolé', en: 'isolated actor' },
  point: { fr: 'point d’articulation', en: 'articulation point' },
} as const;

const SIDE = {
  added: { fr: 'ajouté', en: 'added' },
  removed: { fr: 'retiré', en: 'removed' },
  changed: { fr: 'modifié', en: 'changed' },
} as const;

/** Rows of the CSV of the differences (header first): kind, side, id, name, detail. */
export function diffRows(diff: VersionDiff, lang: Lang, ref: ReferenceData): string[][] {
  const fr = lang === 'fr';
  const l = labels(ref, lang);
  const colon = fr ? ' : ' : ': ';
  const rows: string[][] = [
    fr
      ? ['Différence', 'Sens', 'Identifiant', 'Nom', 'Détail']
      : ['Difference', 'Side', 'Id', 'Name', 'Detail'],
  ];
  const row = (
    kind: keyof typeof KIND,
    side: keyof typeof SIDE,
    id: string,
    name: string,
    detail: string,
  ) => rows.push([KIND[kind][lang], SIDE[side][lang], id, name, detail]);
  const actorDetail = (a: ActorEntry) =>
    [l.type(a.type), ...a.sectors.map(l.sector), ...a.schemes.map(l.scheme)].join(', ');
  for (const a of diff.actors.added) row('actor', 'added', a.id, a.name, actorDetail(a));
  for (const a of diff.actors.removed) row('actor', 'removed', a.id, a.name, actorDetail(a));
  for (const c of diff.actors.changed)
    row('actor', 'changed', c.id, c.name, actorChangeWords(c, lang, ref));
  const linkId = (e: LinkEnds) => `${e.source} – ${e.target}`;
  const linkName = (e: LinkEnds) => `${e.sourceName} – ${e.targetName}`;
  for (const e of diff.links.added)
    row('link', 'added', linkId(e), linkName(e), linkWords(lang, ref, e));
  for (const e of diff.links.removed)
    row('link', 'removed', linkId(e), linkName(e), linkWords(lang, ref, e));
  for (const c of diff.links.changed)
    row('link', 'changed', linkId(c), linkName(c), linkChangeWords(lang, ref, c));
  for (const body of diff.coverage) {
    const where = inBody(ref, body.scheme, body.body)[lang];
    const members = (p: PresenceChange) =>
      `${where}${colon}${p.actors.map((a) => a.name).join(', ')}`;
    for (const p of body.sectors.added) row('sector', 'added', p.id, p.name[lang], members(p));
    for (const p of body.sectors.removed) row('sector', 'removed', p.id, p.name[lang], members(p));
    for (const p of body.types.added) row('type', 'added', p.id, p.name[lang], members(p));
    for (const p of body.types.removed) row('type', 'removed', p.id, p.name[lang], members(p));
  }
  const partners = (a: { partners: { name: string }[] }) =>
    a.partners.map((p) => p.name).join(', ');
  for (const a of diff.isolated.foundPartners) {
    row(
      'isolated',
      'removed',
      a.id,
      a.name,
      `${fr ? 'a trouvé des partenaires' : 'found partners'}${colon}${partners(a)}`,
    );
  }
  for (const a of diff.isolated.newlyIsolated) {
    row(
      'isolated',
      'added',
      a.id,
      a.name,
      `${fr ? 'désormais isolé, lié avant à' : 'now isolated, linked before to'}${colon}${partners(a)}`,
    );
  }
  const cutOff = (p: { cutOff: number }) =>
    fr
      ? `${p.cutOff} ${pl(lang, p.cutOff, 'acteur en dépend', 'acteurs en dépendent')}`
      : `${p.cutOff} ${pl(lang, p.cutOff, 'actor depends', 'actors depend')} on it`;
  for (const p of diff.articulationPoints.added) row('point', 'added', p.id, p.name, cutOff(p));
  for (const p of diff.articulationPoints.removed) row('point', 'removed', p.id, p.name, cutOff(p));
  return rows;
}

/** The CSV of the differences, for a spreadsheet in French locale (formulas neutralised). */
export function diffCsv(diff: VersionDiff, lang: Lang, ref: ReferenceData): string {
  return csvText(diffRows(diff, lang, ref));
}
