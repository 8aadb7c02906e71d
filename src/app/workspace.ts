// The workspace the app shows: one graph with its import report and metrics. Built on the
// main thread from what the pipeline worker posts.
import type { Analysis } from '../analysis';
import type { Actor, InputFile, ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import type { ImportReport, WorkerMetrics } from '../workers';
import actorsUrl from '../../data/demo/acteurs.csv?url';
import linksUrl from '../../data/demo/liens.csv?url';

export interface Workspace {
  /** Increments with every workspace, so views can tell a new one from an update. */
  serial: number;
  graph: MaillageGraph;
  report: ImportReport;
  metrics: WorkerMetrics;
  /** Positions computed with the import (small maps), in the graph's node order. */
  positions: Float64Array | null;
  /** The full analysis, once the worker has finished it. */
  analysis: Analysis | null;
  /** 'demo' for the demo territory; else the title guessed from the data. */
  demo: boolean;
  title: string;
  /** Milliseconds from the files to the graph message, in the worker. */
  ms: number;
}

/** Lets the page handle input and paint between two chunks of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a pause made by `pauseWhile` rejects with once the work is moot. */
export class Superseded extends Error {
  constructor() {
    super('a newer import replaced this one');
    this.name = 'Superseded';
  }
}

/** A pause between two chunks of an import's work on the page (`yieldToPage`) that rejects
 * with `Superseded` once `wanted` says the work is moot: its callers drop it, without the
 * chunks left. */
export function pauseWhile(wanted: () => boolean): () => Promise<void> {
  return async () => {
    await yieldToPage();
    if (!wanted()) throw new Superseded();
  };
}

/** A title for an imported inventory: its most common territory when one stands out,
 * else the names of the files read. */
export function guessTitle(graph: MaillageGraph, report: ImportReport): string {
  const counts = new Map<string, number>();
  graph.forEachNode((_, actor) => {
    const t = actor.territory?.trim();
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= Math.max(2, graph.order * 0.25)) return best[0];
  const names = report.files.filter((f) => f.role !== null).map((f) => f.name);
  return names.join(', ') || report.files.map((f) => f.name).join(', ');
}

/** The demo inventory's bytes, fetched from the app's own origin. */
export async function demoFiles(): Promise<InputFile[]> {
  const fetchBytes = async (url: string): Promise<Uint8Array> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [actors, links] = await Promise.all([fetchBytes(actorsUrl), fetchBytes(linksUrl)]);
  return [
    { name: 'acteurs.csv', bytes: actors },
    { name: 'liens.csv', bytes: links },
  ];
}

export async function readFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

export function typeLabel(ref: ReferenceData, id: string, lang: 'fr' | 'en'): string {
  return ref.actorTypes.find((t) => t.id === id)?.label[lang] ?? id;
}

/** An actor's type in words; a type the reference did not know adds the words of the file:
 * "Autre (Maison des adolescents)". */
export function actorTypeLabel(
  ref: ReferenceData,
  actor: Pick<Actor, 'type' | 'typeText'>,
  lang: 'fr' | 'en',
): string {
  const label = typeLabel(ref, actor.type, lang);
  const words = actor.type === 'autre' ? actor.typeText?.trim() : undefined;
  return words ? `${label} (${words})` : label;
}

export function sectorLabel(ref: ReferenceData, id: string, lang: 'fr' | 'en'): string {
  return ref.sectors.find((s) => s.id === id)?.label[lang] ?? id;
}

export function schemeLabel(ref: ReferenceData, id: string, lang: 'fr' | 'en'): string {
  return ref.schemes.find((s) => s.id === id)?.label[lang] ?? id;
}

export function schemeLongLabel(ref: ReferenceData, id: string, lang: 'fr' | 'en'): string {
  return ref.schemes.find((s) => s.id === id)?.longLabel[lang] ?? id;
}

export function bodyLabel(
  ref: ReferenceData,
  scheme: string,
  body: string,
  lang: 'fr' | 'en',
): string {
  const s = ref.schemes.find((x) => x.id === scheme);
  return s?.bodies.find((b) => b.id === body)?.label[lang] ?? body;
}
