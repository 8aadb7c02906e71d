// `maillage analyze`: read inventories (CSV, workbooks, Kumu/Gephi exports), import, build the graph, analyse, write JSON or
// a French Markdown report. The same pure layers as the app; only the I/O is Node's.
import { createRequire } from 'node:module';
import { analyze, startCentrality, type Analysis } from '../analysis';
import { defaultReference, type CrossSchemeRuleSettings } from '../domain';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs } from './args.ts';
import { noActorText, NO_ACTOR_EXIT, readInventory } from './inventory.ts';
import { runCompare } from './compare.ts';
import { ruleSettings } from './rules.ts';
import { emit, processIo, type Io } from './io.ts';

export type { Io } from './io.ts';
import { jsonChunks, renderAhead } from './json-stream.ts';
import { earlyJson, toJson } from './to-json.ts';
import { toMarkdown } from './to-markdown.ts';
import { startThreadPool } from './thread-pool.ts';
import { actorsAhead, AHEAD_MAX_ACTORS } from './actors-ahead.ts';

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`maillage: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    await io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    await io.stdout(`maillage ${pkg.version}\n`);
    return 0;
  }
  let crossSchemeRules;
  try {
    crossSchemeRules = await ruleSettings(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`maillage: ${e.message}\n`);
    return 2;
  }
  if (args.command === 'compare') return runCompare(args, io, crossSchemeRules);
  return runAnalyze(args, io, crossSchemeRules);
}

async function runAnalyze(
  args: AnalyzeArgs,
  io: Io,
  crossSchemeRules: CrossSchemeRuleSettings | null,
): Promise<number> {
  // Threads start first, so that their start-up overlaps with reading and parsing.
  const pool = args.threads === 0 ? undefined : startThreadPool(args.threads);
  try {
    const ref = defaultReference();
    // With threads, the kernel starts on the imported actors and links, before the graph is
    // built from them: its threads run while this thread builds the graph.
    let centrality: ReturnType<typeof startCentrality> | undefined;
    const { report, graph } = await readInventory(
      args,
      ref,
      pool
        ? (actors, links) => {
            centrality = startCentrality(actors, links, pool.runner);
            // Awaited by `analyze`; a thread's failure must not go unhandled before that.
            centrality.catch(() => undefined);
          }
        : undefined,
    );
    if (!graph) {
      io.stderr(noActorText(report));
      return NO_ACTOR_EXIT;
    }
    // The JSON's links and import report do not wait for the analysis: rendered while the
    // threads compute the centralities, not after them; and so are the actors, but for their
    // centralities, as soon as the rest of the analysis is known.
    const early = args.format === 'json' && centrality ? earlyJson(report, graph) : undefined;
    const ahead = early ? renderAhead([early.links, early.import]) : undefined;
    let actorsText: ((analysis: Analysis) => Iterable<string>) | undefined;
    const analysis = await analyze(graph, ref, {
      crossSchemeRules,
      ...(centrality ? { centrality } : {}),
      // Not above AHEAD_MAX_ACTORS: there the kernel takes minutes and the text held until
      // it ends (~30 MB at 50,000 actors) would count against the command's memory.
      ...(early && graph.order <= AHEAD_MAX_ACTORS
        ? { onDraft: (draft) => void (actorsText = actorsAhead(graph, draft)) }
        : {}),
    });
    let output: Iterable<string>;
    if (early && ahead && actorsText) {
      // The actors' text stands in for an array that is never filled.
      const actors: NonNullable<typeof early.actors> = [];
      const rendered = new Map(ahead).set(actors, actorsText(analysis));
      output = jsonChunks(
        toJson(report, graph, analysis, { ...early, actors }),
        undefined,
        rendered,
      );
    } else if (args.format === 'json') {
      output = jsonChunks(toJson(report, graph, analysis, early), undefined, ahead);
    } else output = [toMarkdown(report, graph, analysis, ref)];
    await emit(output, args.out, io);
    return 0;
  } finally {
    await pool?.close();
  }
}
