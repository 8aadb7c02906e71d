// The JSON contract of `maillage analyze` (documented in README.md). Stable: fields may be
// added, never renamed or removed without bumping `format`. Texts are French first
// (`message`, `reasons`), English beside them (`messageEn`, `reasonsEn`).
import type { ActorMetrics, Analysis } from '../analysis';
import type { Actor, ImportReport } from '../domain';
import type { MaillageGraph } from '../model';

/** Version of the JSON shape, bumped on any incompatible change. */
export const JSON_FORMAT = 1;

/** The parts of the document that the analysis does not change, built before it. */
export interface EarlyJson {
  links: ReturnType<typeof linksJson>;
  import: ReturnType<typeof importJson>;
  /** When the actors' text is rendered apart (`actors-ahead.ts`): the array that stands for
   * it in the document, by identity, so that no actor object is built for it. */
  actors?: ReturnType<typeof actorJson>[];
}

/** `early`: the links and import parts built already (`earlyJson`), used as they are. */
export function toJson(
  imported: ImportReport,
  graph: MaillageGraph,
  analysis: Analysis,
  early?: EarlyJson,
) {
  return {
    format: JSON_FORMAT,
    summary: analysis.summary,
    actors:
      early?.actors ?? graph.mapNodes((id, actor) => actorJson(id, actor, analysis.actors[id])),
    links: early?.links ?? linksJson(graph),
    import: early?.import ?? importJson(imported),
    coverage: analysis.coverage,
    missingLinks: {
      ...analysis.missingLinks,
      suggested: analysis.missingLinks.suggested.map((s) => ({
        source: s.source,
        target: s.target,
        score: s.score,
        reasons: s.reasons.map((r) => r.fr),
        reasonsEn: s.reasons.map((r) => r.en),
      })),
    },
    articulation: analysis.articulation,
    crossSchemeRules: analysis.crossSchemeRules.map((r) => ({
      rule: r.rule,
      label: r.label.fr,
      labelEn: r.label.en,
      status: r.status,
      ok: r.ok,
      actors: r.actors,
      message: r.message.fr,
      messageEn: r.message.en,
    })),
  };
}

/** An actor as the JSON writes it: its fields, then its figures. */
export function actorJson(id: string, actor: Actor, metrics: ActorMetrics | undefined) {
  return {
    ...actorFields(id, actor, metrics?.degree ?? 0, metrics?.weightedDegree ?? 0),
    betweenness: metrics?.betweenness ?? 0,
    closeness: metrics?.closeness ?? 0,
    community: metrics?.community ?? null,
  };
}

/** An actor's fields and the figures that come before its centralities, in the JSON's order
 * (`actors-ahead.ts` writes them while the kernel runs). */
export function actorFields(id: string, actor: Actor, degree: number, weightedDegree: number) {
  return {
    id,
    name: actor.name,
    type: actor.type,
    sectors: actor.sectors,
    schemes: actor.schemes,
    groups: actor.groups,
    territory: actor.territory ?? null,
    role: actor.role ?? null,
    person: actor.person ?? null,
    influence: actor.influence ?? null,
    interest: actor.interest ?? null,
    siret: actor.siret ?? null,
    finess: actor.finess ?? null,
    rpps: actor.rpps ?? null,
    attributes: actor.attributes,
    files: actor.files,
    degree,
    weightedDegree,
  };
}

export function earlyJson(imported: ImportReport, graph: MaillageGraph): EarlyJson {
  return { links: linksJson(graph), import: importJson(imported) };
}

/** The merged links, in the graph's order. */
export function linksJson(graph: MaillageGraph) {
  return graph.mapEdges((_key, link) => ({
    source: link.source,
    target: link.target,
    types: link.types,
    strength: link.strength ?? null,
    weight: link.weight ?? null,
    schemes: link.schemes,
    directed: link.directed,
    reciprocal: link.reciprocal ?? false,
    rows: link.count,
    files: link.files,
  }));
}

/** The import report: files as read, issues (French and English), doubtful pairs. */
export function importJson(imported: ImportReport) {
  return {
    files: imported.files.map((f) => ({
      name: f.name,
      workbook: f.workbook ?? null,
      sheet: f.sheet ?? null,
      headerLine: f.headerLine ?? null,
      role: f.role,
      encoding: f.encoding,
      delimiter: f.delimiter,
      rows: f.rows,
      imported: f.imported,
      columns: f.columns,
    })),
    issues: imported.issues.map((i) => ({
      file: i.file,
      line: i.line ?? null,
      column: i.column ?? null,
      severity: i.severity,
      code: i.code,
      message: i.message.fr,
      messageEn: i.message.en,
    })),
    doubtful: imported.doubtful.map((d) => ({
      a: d.a,
      b: d.b,
      aName: d.aName,
      bName: d.bName,
      reason: d.reason.fr,
      reasonEn: d.reason.en,
    })),
  };
}

export type AnalysisJson = ReturnType<typeof toJson>;
