// Files as other tools and public registers write them: the FINESS extract of data.gouv.fr,
// Kumu's JSON export, Gephi's GEXF (here Maillage's own) and GraphML.
import { demo, REF, utf8 } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { toGexf } from '../../src/model/gexf.ts';
import { splitList } from '../../src/import/cells.ts';
import { isWorkspaceFile } from '../../src/workers/workspace-input.ts';
import { cp1252, file, finessExtract, finessRow, issueKeys, run, runInputs } from './helpers.ts';

const CH = finessRow({
  finess: '010000024',
  ej: '010780054',
  rs: 'CH DE BOURG',
  rslongue: 'CENTRE HOSPITALIER DE BOURG-EN-BRESSE',
  cat: '355',
  libcat: 'Centre Hospitalier (C.H.)',
  siret: '26010004500012',
  cpVille: '01012 BOURG EN BRESSE CEDEX',
});
// Two homonymous pharmacies, different FINESS: two actors.
const PHARMA_1 = finessRow({
  finess: '010001001',
  rs: 'PHARMACIE CENTRALE',
  cat: '620',
  libcat: "Pharmacie d'Officine",
  cpVille: '01000 BOURG EN BRESSE',
});
const PHARMA_2 = finessRow({
  finess: '010001002',
  rs: 'PHARMACIE CENTRALE',
  cat: '620',
  libcat: "Pharmacie d'Officine",
  cpVille: '01100 OYONNAX',
});
const ODD = finessRow({
  finess: '010001003',
  rs: 'ÉTABLISSEMENT EXPÉRIMENTAL',
  cat: '999',
  libcat: 'Catégorie inconnue',
});

describe('a FINESS extract as published', () => {
  const text = finessExtract(
    [CH, PHARMA_1, PHARMA_2, ODD],
    [['010000024', '882000.1', '6570000.2']],
  );

  it('reads every establishment as an actor, with its category as type and attribute', () => {
    const result = run(file('etalab-cs1100507-stock.csv', text));
    const [report] = result.files;
    expect(report).toMatchObject({
      role: 'actors',
      rows: 4,
      imported: 4,
      headerLine: 1,
      delimiter: ';',
    });
    const ch = result.actors.find((a) => a.finess === '010000024')!;
    expect(ch).toMatchObject({
      name: 'CENTRE HOSPITALIER DE BOURG-EN-BRESSE',
      type: 'etablissement-sante',
      siret: '26010004500012',
      territory: 'BOURG EN BRESSE',
    });
    expect(ch.attributes).toMatchObject({
      'Catégorie FINESS': '355 Centre Hospitalier (C.H.)',
      'FINESS EJ': '010780054',
      Département: '01 AIN',
      'Coordonnée X': '882000.1',
      'Coordonnée Y': '6570000.2',
    });
    const pharmacies = result.actors.filter((a) => a.name === 'PHARMACIE CENTRALE');
    expect(pharmacies.map((a) => [a.finess, a.type, a.territory])).toEqual([
      ['010001001', 'professionnel', 'BOURG EN BRESSE'],
      ['010001002', 'professionnel', 'OYONNAX'],
    ]);
    expect(issueKeys(result, ['info'])).toEqual([
      'etalab-cs1100507-stock.csv:::info:finess-extract',
      'etalab-cs1100507-stock.csv:::info:finess-geolocation',
      'etalab-cs1100507-stock.csv:::info:finess-category-unknown',
      'etalab-cs1100507-stock.csv:::info:types-guessed',
    ]);
    expect(result.issues.find((i) => i.code === 'finess-geolocation')!.message.fr).toContain(
      '1 ligne « geolocalisation » lue',
    );
  });

  it('reads the Windows-1252 extracts of older years', () => {
    const result = run({ name: 'finess.csv', bytes: cp1252(text) });
    expect(result.actors.find((a) => a.finess === '010001003')!.name).toBe(
      'ÉTABLISSEMENT EXPÉRIMENTAL',
    );
  });

  it('is one actor when two files hold the same FINESS, both files listed', () => {
    const csv = 'Nom;N° FINESS;Secteur\nCH Bourg;010000024;Santé mentale\n';
    const result = run(file('finess.csv', finessExtract([CH])), file('cls.csv', csv));
    const ch = result.actors.filter((a) => a.finess === '010000024');
    expect(ch).toHaveLength(1);
    expect(ch[0]!.files).toEqual(['finess.csv', 'cls.csv']);
  });

  it('recognises the short headers of DREES/SAE files', () => {
    const result = run(
      file(
        'sae.csv',
        'fi;fi_ej;rs;sir;cat;NOMCOM\n010000024;010780054;CH BOURG;26010004500012;355;BOURG\n',
      ),
    );
    const columns = Object.fromEntries(result.files[0]!.columns.map((c) => [c.header, c.field]));
    expect(columns).toMatchObject({ fi: 'finess', rs: 'name', sir: 'siret', NOMCOM: 'territory' });
    expect(result.actors[0]).toMatchObject({ finess: '010000024', siret: '26010004500012' });
  });
});

const KUMU = {
  elements: [
    {
      label: 'Mairie',
      type: 'Collectivité',
      tags: ['CLS', 'élus'],
      attributes: { financeur: 'ARS' },
    },
    { _id: 'e2', attributes: { label: 'CMP Nord', 'element type': 'Établissement de santé' } },
  ],
  connections: [
    {
      from: 'Mairie',
      to: 'e2',
      type: '++',
      direction: 'directed',
      attributes: { note: 'convention' },
    },
  ],
};

describe('a Kumu JSON export', () => {
  it('gives actors and links, with the connection type kept whole', async () => {
    const result = await runInputs({ name: 'carte.json', bytes: utf8(JSON.stringify(KUMU)) });
    expect(result.files.map((f) => [f.name, f.role, f.rows, f.imported])).toEqual([
      ['carte.json › elements', 'actors', 2, 2],
      ['carte.json › connections', 'links', 1, 1],
    ]);
    expect(result.actors.map((a) => [a.name, a.type, a.attributes.financeur])).toEqual([
      ['Mairie', 'collectivite', 'ARS'],
      ['CMP Nord', 'etablissement-sante', undefined],
    ]);
    expect(result.links[0]).toMatchObject({ types: ['++'] });
    expect(issueKeys(result, ['info'])).toContain('carte.json › elements:::info:tool-export');
  });

  it('is not taken for a workspace, and a workspace is not taken for it', () => {
    expect(isWorkspaceFile({ name: 'carte.json', bytes: utf8(JSON.stringify(KUMU)) })).toBe(false);
    const workspace = JSON.stringify({ format: 'maillage-workspace', version: 1, elements: [] });
    expect(isWorkspaceFile({ name: 'espace.json', bytes: utf8(workspace) })).toBe(true);
  });

  it('reports a malformed JSON by its name; the other files still import', async () => {
    const result = await runInputs(
      { name: 'cassé.json', bytes: utf8('{"elements": [') },
      file('acteurs.csv', 'Nom\nMairie\n'),
    );
    expect(result.actors).toHaveLength(1);
    expect(issueKeys(result)).toEqual(['cassé.json:::error:json-unreadable']);
  });

  it('reads prototype keys and odd values as plain text', async () => {
    const hostile =
      '{"elements": [{"label": "constructor", "__proto__": {"polluted": 1}, "attributes": {"constructor": "x", "toString": ["<img src=x onerror=alert(1)>"]}}, {"label": "=HYPERLINK(\\"http://x\\")", "tags": {"a": 1}}, 42, null], "connections": [{"from": "constructor", "to": "__proto__"}]}';
    const result = await runInputs({ name: 'kumu.json', bytes: utf8(hostile) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.actors.map((a) => a.name)).toContain('constructor');
    expect(result.actors.find((a) => a.name === 'constructor')!.attributes.toString).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(result.files.map((f) => f.headerLine)).toEqual([undefined, undefined]);
  });

  it('splitList keeps sign-only values whole', () => {
    expect(splitList('++')).toEqual(['++']);
    expect(splitList('+-')).toEqual(['+-']);
    expect(splitList('++ | --')).toEqual(['++', '--']);
    expect(splitList('Santé + Social')).toEqual(['Santé', 'Social']);
  });
});

describe('graph files', () => {
  it('a GEXF exported by Maillage comes back with the same actors, links and attributes', async () => {
    const { result, graph } = demo();
    const gexf = toGexf(graph, { ref: REF, lang: 'fr', date: new Date(Date.UTC(2026, 0, 1)) });
    const back = await runInputs({ name: 'carte.gexf', bytes: utf8(gexf) });
    expect(back.actors).toHaveLength(result.actors.length);
    expect(back.links).toHaveLength(graph.size);
    for (const actor of result.actors) {
      const again = back.actors.find((a) => a.id === actor.id)!;
      expect(again, actor.id).toBeDefined();
      expect(again.name).toBe(actor.name);
      expect(again.type).toBe(actor.type);
      expect(again.sectors).toEqual(actor.sectors);
      for (const [key, value] of Object.entries(actor.attributes)) {
        expect(again.attributes[key], `${actor.id} ${key}`).toBe(value);
      }
    }
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const rebuilt = buildGraph(back.actors, back.links);
    expect(rebuilt.order).toBe(graph.order);
  });

  it('reads a GraphML file, and reports a broken one', async () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="n0"><data key="d0">Association</data></node>
    <node id="n1"><data key="d0">Collectivité</data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>`;
    const result = await runInputs(
      { name: 'reseau.graphml', bytes: utf8(graphml) },
      { name: 'cassé.gexf', bytes: utf8('<?xml version="1.0"?><gexf><graph><nodes><node id="a"') },
    );
    expect(result.actors.map((a) => [a.name, a.type])).toEqual([
      ['n0', 'association'],
      ['n1', 'collectivite'],
    ]);
    expect(result.links).toHaveLength(1);
    expect(issueKeys(result)).toEqual(['cassé.gexf:::error:graph-file-unreadable']);
  });
});
