// Generates inventories shaped like real territories for the benchmark: communities of
// partners around each scheme, a few bridges between them, pendant chains, and isolates.
// Deterministic (seeded), written as coordinators write them: `;`, UTF-8 with BOM, CRLF.
import { mulberry32 } from '../../src/analysis/random.ts';

const TYPES = [
  'Commune',
  'CCAS',
  'ARS',
  'CPAM',
  'Centre hospitalier',
  'EHPAD',
  'MSP',
  'Médecin généraliste',
  'IREPS',
  'Association',
  'Bailleur social',
  'Mission locale',
  'Collège',
  'Habitant',
];
const SECTORS = [
  'Soins',
  'Prévention',
  'Santé mentale',
  'Médico-social',
  'Social',
  'Logement',
  'Éducation',
  'Emploi',
  'Mobilité',
  'Environnement',
  'Alimentation',
  'Sport',
];
const BODIES = ['COPIL', 'COTECH', 'GT Logement', 'x', 'GT Santé mentale', 'Plénière'];
const NATURES = ['convention', 'coordination', 'orientation', "échange d'information", 'informel'];

export interface Inventory {
  actors: string;
  links: string;
  actorCount: number;
  linkRows: number;
}

export function generateInventory(actorCount: number, linksPerActor = 4, seed = 42): Inventory {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const names: string[] = [];
  const actorLines = [
    'Nom;Type d\u2019acteur;Secteur(s) d\u2019intervention;Commune;CLS;CLSM;ASV;SIRET',
  ];
  for (let i = 0; i < actorCount; i++) {
    const type = pick(TYPES);
    const name = `${type} ${i + 1}`;
    names.push(name);
    const sectors = random() < 0.4 ? `${pick(SECTORS)}, ${pick(SECTORS)}` : pick(SECTORS);
    const cls = random() < 0.5 ? pick(BODIES) : '';
    const clsm = random() < 0.3 ? pick(BODIES) : '';
    const asv = random() < 0.15 ? pick(BODIES) : '';
    const siret = String(Math.floor(random() * 1e14)).padStart(14, '0');
    actorLines.push(
      [name, type, `"${sectors}"`, `Commune ${(i % 37) + 1}`, cls, clsm, asv, siret].join(';'),
    );
  }

  // Communities of 20–80 actors; 1 % of actors stay isolated; every 10th community hangs
  // on the previous one by a single link (a bridge), the others by a few links.
  const linkLines = ['Acteur 1;Acteur 2;Nature du lien;Intensité'];
  const isolated = new Set<number>();
  for (let i = 0; i < actorCount; i += 100) isolated.add(i + 99);
  const linked = names.map((_, i) => i).filter((i) => !isolated.has(i));
  const communities: number[][] = [];
  for (let start = 0; start < linked.length;) {
    const size = 20 + Math.floor(random() * 60);
    communities.push(linked.slice(start, start + size));
    start += size;
  }
  const target = actorCount * linksPerActor;
  const push = (a: number, b: number) => {
    linkLines.push(
      [names[a], names[b], pick(NATURES), String(1 + Math.floor(random() * 3))].join(';'),
    );
  };
  communities.forEach((members, c) => {
    // A path through the community keeps it connected; pendant chains give articulation points.
    for (let k = 1; k < members.length; k++) push(members[k - 1]!, members[k]!);
    if (c > 0) {
      const previous = communities[c - 1]!;
      const bridges = c % 10 === 0 ? 1 : 3;
      for (let k = 0; k < bridges; k++) push(pick(previous), pick(members));
    }
  });
  while (linkLines.length - 1 < target) {
    const members = pick(communities);
    const a = pick(members);
    // Inside the community most of the time; keep the last three members as a pendant chain.
    const inner = members.slice(0, Math.max(2, members.length - 3));
    const b = random() < 0.95 ? pick(inner) : pick(pick(communities));
    if (a !== b && inner.includes(a)) push(a, b);
  }
  return {
    actors: '\ufeff' + actorLines.join('\r\n') + '\r\n',
    links: '\ufeff' + linkLines.join('\r\n') + '\r\n',
    actorCount,
    linkRows: linkLines.length - 1,
  };
}
