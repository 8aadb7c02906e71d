// Which links are missing: isolated actors, groups cut off from the main network, sectors
// that never work together, and suggested partnerships (suggestions.ts).
import type { ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import { components as connectedComponents } from './metrics.ts';
import { suggestLinks, type Suggestion } from './suggestions.ts';

export interface SectorMatrix {
  /** Sectors present on at least one actor: reference order, then others as met. */
  sectors: string[];
  /** counts[i][j] = links joining an actor of sector i and an actor of sector j
   * (symmetric; a link counts once per cell, even when its actors share several sectors). */
  counts: number[][];
}

export interface MissingLinks {
  /** Actors without any link, in actor order. */
  isolated: string[];
  /** Connected groups of two actors or more, other than the largest one (isolated actors
   * are listed apart), largest first. */
  components: string[][];
  sectorMatrix: SectorMatrix;
  /** Pairs of present sectors no link joins (an actor holding both does not count). */
  sectorPairsWithoutLink: [string, string][];
  suggested: Suggestion[];
}

export function findMissingLinks(
  graph: MaillageGraph,
  ref: ReferenceData,
  options: { suggestions?: number; components?: string[][] } = {},
): MissingLinks {
  const matrix = sectorMatrix(graph, ref);
  return {
    isolated: isolatedActors(graph),
    components: otherComponents(options.components ?? connectedComponents(graph)),
    sectorMatrix: matrix,
    sectorPairsWithoutLink: sectorPairsWithoutLink(matrix),
    suggested: suggestLinks(graph, ref, options.suggestions),
  };
}

export function isolatedActors(graph: MaillageGraph): string[] {
  return graph.filterNodes((id) => graph.degree(id) === 0);
}

/** From components sorted largest first: those of size ≥ 2 after the first. */
export function otherComponents(sorted: readonly string[][]): string[][] {
  const groups = sorted.filter((c) => c.length >= 2);
  return groups.slice(1).map((c) => [...c]);
}

export function sectorMatrix(graph: MaillageGraph, ref?: ReferenceData): SectorMatrix {
  const seen: string[] = [];
  graph.forEachNode((_id, actor) => {
    for (const s of actor.sectors) if (!seen.includes(s)) seen.push(s);
  });
  const known = (ref?.sectors ?? []).map((s) => s.id).filter((id) => seen.includes(id));
  const sectors = [...known, ...seen.filter((s) => !known.includes(s))];
  const index = new Map(sectors.map((s, i) => [s, i]));
  const counts = sectors.map(() => sectors.map(() => 0));
  graph.forEachEdge((_edge, _link, _source, _target, a, b) => {
    const cells = new Set<number>();
    for (const sa of new Set(a.sectors)) {
      for (const sb of new Set(b.sectors)) {
        const i = index.get(sa) as number;
        const j = index.get(sb) as number;
        cells.add(Math.min(i, j) * sectors.length + Math.max(i, j));
      }
    }
    for (const cell of cells) {
      const i = Math.floor(cell / sectors.length);
      const j = cell % sectors.length;
      (counts[i] as number[])[j] = ((counts[i] as number[])[j] as number) + 1;
      if (i !== j) (counts[j] as number[])[i] = ((counts[j] as number[])[i] as number) + 1;
    }
  });
  return { sectors, counts };
}

export function sectorPairsWithoutLink(matrix: SectorMatrix): [string, string][] {
  const pairs: [string, string][] = [];
  matrix.sectors.forEach((a, i) => {
    for (let j = i + 1; j < matrix.sectors.length; j++) {
      if (matrix.counts[i]?.[j] === 0) pairs.push([a, matrix.sectors[j] as string]);
    }
  });
  return pairs;
}
