// Which tool a CSV file looks exported from, by its header: said in the report, so the user
// knows the file was understood as such (the columns themselves are read as any CSV's).
import { fold } from '../domain';

interface ToolHeader {
  tool: string;
  /** Folded headers that must all be there. */
  all: string[];
  /** The first headers, in this order, when the tool always writes them first. */
  first?: string[];
}

const TOOLS: ToolHeader[] = [
  { tool: 'Gephi', all: ['source', 'target', 'type', 'id', 'weight'] },
  { tool: 'Gephi', all: ['id', 'label'], first: ['id', 'label'] },
  { tool: 'NodeXL', all: ['vertex 1', 'vertex 2'] },
  { tool: 'NodeXL', all: ['vertex'], first: ['vertex'] },
  { tool: 'Onodo', all: ['source', 'relationship', 'target'] },
  { tool: 'Onodo', all: ['name', 'type', 'description', 'visible'] },
  { tool: 'Kumu', all: ['from', 'to', 'type'], first: ['from', 'to'] },
  { tool: 'Kumu', all: ['label', 'type', 'description', 'tags'] },
];

/** The tool whose export this header looks like, or null. */
export function toolOfHeaders(headers: readonly string[]): string | null {
  const folded = headers.map((h) => fold(h));
  const set = new Set(folded);
  for (const t of TOOLS) {
    if (!t.all.every((h) => set.has(h))) continue;
    if (t.first && !t.first.every((h, i) => folded[i] === h)) continue;
    return t.tool;
  }
  return null;
}
