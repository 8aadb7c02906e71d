// Files → sources: the one step of the import that is asynchronous, because the readers of
// workbooks (SheetJS) and graph files (graphology-gexf/graphml) are loaded only when such a
// file arrives. CSV files (and FINESS extracts, found once decoded) pass through unchanged.
// A file that cannot be read becomes a source carrying its error; the others still import.
import type { InputFile } from '../domain';
import { graphFileSources, graphFormatOf } from './graph-file.ts';
import { isKumuJson, kumuSources } from './kumu.ts';
import { jsonUnknown, jsonUnreadable } from './messages/sources.ts';
import { failedSource, type Source } from './source.ts';
import { isWorkbook, readWorkbook } from './workbook.ts';

function jsonSources(file: InputFile): Source[] | null {
  if (!/\.json$/i.test(file.name)) return null;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(file.bytes));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [failedSource(file, 'json-unreadable', jsonUnreadable(file.name, detail))];
  }
  if (isKumuJson(data)) return kumuSources(file, data);
  return [failedSource(file, 'json-unknown', jsonUnknown(file.name))];
}

async function expandOne(file: InputFile): Promise<Source[]> {
  if (isWorkbook(file)) return readWorkbook(file);
  const graph = graphFormatOf(file);
  if (graph) return graphFileSources(file, graph);
  return jsonSources(file) ?? [file];
}

/** The sources of the files given, in their order (a workbook's sheets in the workbook's). */
export async function expandInputs(files: readonly InputFile[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files) sources.push(...(await expandOne(file)));
  return sources;
}
