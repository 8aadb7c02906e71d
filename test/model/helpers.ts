// Shared by the export tests: the demo territory as a graph, text ↔ bytes, and a small
// inventory whose persons' names are known.
import type { Actor, ImportResult } from '../../src/domain/types.ts';
import { importFiles } from '../../src/import/index.ts';
import { NO_RULE_CHANGES, type EditableState } from '../../src/model/edits/index.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';
import { graphContents } from '../../src/model/rebuild.ts';
import { actor, link, REF, utf8 } from '../factory.ts';

/** Imports CSV texts (name → text) and builds the graph. */
export function importTexts(files: Record<string, string>): {
  result: ImportResult;
  graph: MaillageGraph;
} {
  const result = importFiles(
    Object.entries(files).map(([name, text]) => ({ name, bytes: utf8(text) })),
    REF,
  );
  return { result, graph: buildGraph(result.actors, result.links) };
}

/** The actors of a graph without where they were read from (files, rows). */
export function withoutSources(actors: readonly Actor[]) {
  return actors.map(({ files: _f, sources: _s, ...rest }) => rest);
}

/** Persons with known names, structures named after some of their words, free text that
 * repeats the names. */
export const PERSONS_CSV = [
  'Identifiant;Nom;Type;Secteurs;Commune;CLS;CLSM;Rôle;Personne physique;RPPS;Contact;Remarques',
  'dr-marie-durand;Dr Marie Durand, médecin;Médecin généraliste;Soins;Rochebrune;GT Accès aux soins;;;oui;10003456789;marie.durand@example.org;',
  ';Jean-Luc Moreau (conseil citoyen);Habitant;Citoyenneté;Rochebrune;;Plénière;Membre du conseil citoyen;;;06 12 34 56 78;',
  ';Kévin Zanotti;Élu;Santé;Rochebrune;COPIL;;Adjoint de K. Zanotti au maire;oui;;;',
  ';Collège Jean Moulin;Collège;Éducation;Rochebrune;x;;;non;;;Contact : M. Moreau, CPE',
  ';Mairie de Rochebrune;Commune;Social;Rochebrune;COPIL;COPIL;Porteur;non;;;Invite Dr Durand au COPIL',
  ';Cabinet Zanotti;Entreprise;Soins;Rochebrune;;;;non;;;',
].join('\r\n');

export const PERSONS_LINKS_CSV = [
  'Acteur 1;Acteur 2;Nature du lien;Intensité;Remarque',
  'dr-marie-durand;Mairie de Rochebrune;Convention;2;signée par Marie Durand',
  'Jean-Luc Moreau (conseil citoyen);Collège Jean Moulin;Informel;1;',
  'Kévin Zanotti;Mairie de Rochebrune;Coordination;3;',
  'Cabinet Zanotti;Dr Marie Durand, médecin;Orientation;;',
].join('\r\n');

/** What must not appear in an anonymous export of PERSONS_CSV (compared case- and
 * accent-insensitively). */
export const HIDDEN = [
  'Marie Durand',
  'Durand',
  'Jean-Luc Moreau',
  'Moreau',
  'Zanotti',
  'Kévin',
  'marie.durand',
  '10003456789',
  '06 12 34 56 78',
];

/** Names an XML writer must carry or clean: markup, CDATA ends, characters XML 1.0 cannot
 * hold at all (controls, U+FFFE, unpaired surrogates). */
export const XML_HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  'Tom & Jerry &amp; &#0; &lt;',
  'fin de CDATA ]]> ici',
  '<![CDATA[ x ]]>',
  '"guillemets" et \'apostrophes\'',
  'nul\u0000 bip\u0007 échap\u001B',
  'non-caractères \uFFFE\uFFFF',
  'demi \uD800 paire \uDFFF seule',
  'emoji 🙂 gardé',
  '<?xml version="1.0"?>',
  '<!-- commentaire -->',
];

/** The characters of `text` that XML 1.0 does not allow (the Char production), as code points. */
export function invalidXmlChars(text: string): string[] {
  return [...text.matchAll(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu)].map(
    (m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`,
  );
}

/** A graph whose actors are named (and given a free column) with XML_HOSTILE_NAMES, each
 * linked to the next: as a workspace file may hold them, past what a CSV can encode. */
export function xmlHostileGraph(): MaillageGraph {
  const actors = XML_HOSTILE_NAMES.map((name, i) => ({
    ...actor(`a${i}`, { name, attributes: { [name]: name } }),
  }));
  const links = actors
    .slice(1)
    .map((a, i) => link(actors[i]!.id, a.id, { types: [`t ${a.name}`] }));
  return buildGraph(actors, links);
}

const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * What makes a text not well-formed XML: a stray < or &, an unbalanced or unclosed element.
 * @xmldom/xmldom (0.8) recovers from these silently, so the tests check them here.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const s = text
    .replace(/^\uFEFF/, '')
    .replace(/^<\?xml[^?]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const token = new RegExp(
    `<(/?)([A-Za-z_][\\w:.-]*)((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|${BARE_AMPERSAND.source}`,
    'g',
  );
  for (const m of s.matchAll(token)) {
    const [whole, close, name, attributes, selfClosing] = m;
    if (whole === '<' || whole.startsWith('&')) {
      problems.push(`stray ${whole} at ${m.index}`);
      continue;
    }
    if (BARE_AMPERSAND.test(attributes ?? '')) problems.push(`bare & in <${name}>`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}

/** The editable part of a workspace (model/edits) from a graph. */
export function editableOf(graph: MaillageGraph): EditableState {
  const { actors, links } = graphContents(graph);
  return { actors, links, expected: null, mappings: [], rules: NO_RULE_CHANGES };
}
