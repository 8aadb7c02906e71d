// The architecture of src/ as a whole (docs/architecture.md): what ESLint's per-file rules
// cannot see. src/ holds only the layers of eslint.config.js; the imports between files
// form no cycle; every import, static, dynamic or a worker's URL, goes to an earlier layer;
// and the fences of eslint.config.js do fire on the imports they are meant to stop (and on
// an e2e test that would copy Cytoscape's core out of the page).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const SOURCE = /\.(ts|tsx|js|mjs)$/;

// The layers and what each may import, from their one home (plain JavaScript, hence the cast).
const { LAYERS, ALLOWED } = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as {
  LAYERS: string[];
  ALLOWED: Record<string, string[]>;
};

/**
 * Import cycles known and accepted, each as its files from src/ joined by " → " in the order
 * the test lists them. Empty: add one only with a TODO saying how it will be broken.
 */
const KNOWN_CYCLES: string[] = [];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
  });
}

/**
 * The relative paths a file imports: `from '…'` (import and export, types included: a type
 * cycle still ties two files' meanings together), `import('…')`, `import '…'`, and
 * `new URL('…', import.meta.url)` (a worker's entry). Read by regex, comments included.
 */
function importedPaths(text: string): string[] {
  const patterns = [
    /\bfrom\s*['"](\.[^'"]+)['"]/g,
    /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g,
    /^\s*import\s*['"](\.[^'"]+)['"]/gm,
    /\bnew URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** The file an import names, when it is a file of src/. */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found && found.startsWith(SRC + '/') ? found : null;
}

/** src/ file (relative to src/) → the src/ files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(SRC)) {
    const targets = importedPaths(readFileSync(file, 'utf8'))
      .map((spec) => resolveImport(file, spec))
      .filter((target): target is string => target !== null)
      .map((target) => relative(SRC, target));
    graph.set(relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** One cycle per strongly connected group of files (Tarjan), as the files in import order. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || graph.get(file)?.includes(file)) groups.push(group);
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  // Within each group, walk from its first file (alphabetically) back to it.
  return groups.map((group) => {
    const members = new Set(group);
    const start = [...group].sort()[0]!;
    const path = [start];
    const seen = new Set(path);
    const walk = (file: string): boolean => {
      for (const next of graph.get(file) ?? []) {
        if (next === start) return true;
        if (!members.has(next) || seen.has(next)) continue;
        path.push(next);
        seen.add(next);
        if (walk(next)) return true;
        path.pop();
      }
      return false;
    };
    walk(start);
    return [...path, start];
  });
}

const layerOf = (file: string): string => file.split('/')[0]!;

describe('the architecture of src/', () => {
  const graph = importGraph();

  it('holds one folder per layer of eslint.config.js, and nothing else', () => {
    const entries = readdirSync(SRC).sort();
    expect(entries.filter((name) => !LAYERS.includes(name))).toEqual([]);
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle between files', () => {
    const cycles = importCycles(graph).map((cycle) => cycle.join(' → '));
    expect(cycles.filter((cycle) => !KNOWN_CYCLES.includes(cycle))).toEqual([]);
  });

  it('imports only from earlier layers, import() and workers included', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const allowed = ALLOWED[layerOf(file)] ?? [];
      for (const target of targets) {
        const layer = layerOf(target);
        if (layer !== layerOf(file) && !allowed.includes(layer)) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives each layer a face, src/<layer>/index.ts, that exports something', () => {
    // app is the top: nothing imports it, so it offers nothing.
    const faceless = LAYERS.filter((layer) => layer !== 'app').filter((layer) => {
      const face = join(SRC, layer, 'index.ts');
      return !existsSync(face) || !/^export /m.test(readFileSync(face, 'utf8'));
    });
    expect(faceless).toEqual([]);
  });

  it('reaches another layer only through its face (a lazy import() may go deeper)', () => {
    const deep: string[] = [];
    for (const file of graph.keys()) {
      const text = readFileSync(join(SRC, file), 'utf8');
      const targets = [...text.matchAll(/\bfrom\s*['"](\.[^'"]+)['"]/g)]
        .map((m) => resolveImport(join(SRC, file), m[1]!))
        .filter((target): target is string => target !== null)
        .map((target) => relative(SRC, target));
      for (const target of targets) {
        const layer = layerOf(target);
        if (layer !== layerOf(file) && target !== `${layer}/index.ts`)
          deep.push(`${file} → ${target}`);
      }
    }
    expect(deep).toEqual([]);
  });

  it('finds a cycle, and names its files, when there is one', () => {
    const cyclic = new Map([
      ['analysis/a.ts', ['analysis/b.ts', 'domain/t.ts']],
      ['analysis/b.ts', ['analysis/c.ts']],
      ['analysis/c.ts', ['analysis/a.ts']],
      ['domain/t.ts', []],
      ['map/self.ts', ['map/self.ts']],
    ]);
    expect(importCycles(cyclic)).toEqual([
      ['analysis/a.ts', 'analysis/b.ts', 'analysis/c.ts', 'analysis/a.ts'],
      ['map/self.ts', 'map/self.ts'],
    ]);
  });
});

describe('the fences of eslint.config.js', () => {
  const eslint = new ESLint({ cwd: ROOT });
  /** The rules that fail on `code` written in src/<file>. */
  const failures = async (file: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: join(SRC, file) });
    return result!.messages.map((m) => m.ruleId ?? m.message);
  };

  it('stop an import() of a later layer, and let packages and earlier layers through', async () => {
    expect(
      await failures('domain/probe.ts', "export const m = () => import('../map/style.ts');\n"),
    ).toEqual(['no-restricted-syntax']);
    expect(
      await failures('import/probe.ts', 'export const m = (x: string) => import(`../app/${x}`);\n'),
    ).toEqual(['no-restricted-syntax']);
    expect(
      await failures(
        'import/probe.ts',
        "export const m = () => [import('@e965/xlsx'), import('../domain/types.ts')];\n",
      ),
    ).toEqual([]);
    expect(
      await failures('app/probe.ts', "export const m = () => import('./components/Map.tsx');\n"),
    ).toEqual([]);
  });

  it('send an import of another layer through its face', async () => {
    expect(
      await failures(
        'map/probe.ts',
        "export { coverageOfActors } from '../analysis/coverage.ts';\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await failures(
        'app/components/probe.tsx',
        "import type { Filters } from '../../map/types.ts';\nexport type F = Filters;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await failures(
        'map/probe.ts',
        "import { coverageOfActors } from '../analysis';\nexport { coverageOfActors };\n",
      ),
    ).toEqual([]);
    expect(
      await failures('map/probe.ts', "import { PALE } from './palette.ts';\nexport { PALE };\n"),
    ).toEqual([]);
  });

  it('keep Node and the browser out of the pure layers', async () => {
    const code = 'export const m = () => [process, Buffer, fetch, require, window, document];\n';
    expect(await failures('model/probe.ts', code)).toEqual(Array(6).fill('no-restricted-globals'));
    expect(await failures('analysis/probe.ts', "import fs from 'fs';\nexport { fs };\n")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it("keep Cytoscape's core in the page an e2e test drives: no evaluate returns it", async () => {
    const code = [
      'declare const page: { evaluate<T>(f: () => T): Promise<T> };',
      'declare const cy: { fit(): unknown; zoom(level?: number): unknown; nodes(): unknown[] };',
      'export const a = page.evaluate(() => cy.fit());',
      'export const b = page.evaluate(() => cy.zoom(2));',
      'export const c = page.evaluate(() => {',
      '  cy.fit();',
      '});',
      'export const d = page.evaluate(() => cy.zoom());',
      'export const e = page.evaluate(() => cy.nodes().length);',
      'declare const maybe: { cy?: typeof cy };',
      'export const f = page.evaluate(() => maybe.cy?.fit());',
      'export const g = page.evaluate(() => {',
      '  return cy.fit();',
      '});',
      'export const h = page.evaluate(function () {',
      '  return cy.zoom(3);',
      '});',
      'export const i = page.evaluate(() => cy.fit() as unknown);',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'test/e2e/probe.ts') });
    expect(result!.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [3, 'no-restricted-syntax'],
      [4, 'no-restricted-syntax'],
      [11, 'no-restricted-syntax'],
      [13, 'no-restricted-syntax'],
      [16, 'no-restricted-syntax'],
      [18, 'no-restricted-syntax'],
    ]);
  });

  it('refuse a file outside the layers', async () => {
    expect(await failures('helpers/probe.ts', 'export const m = 1;\n')).toEqual([
      'no-restricted-syntax',
    ]);
  });
});
