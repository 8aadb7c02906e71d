// Code metrics of src/ and test/, to compare two states of the repository (before and after
// a renovation): the five largest files, the `as` casts (`as const` excepted), the non-null
// assertions (`x!`), and the functions whose body runs over 60 lines, listed.
//
//   npx tsx test/bench/code-metrics.ts [dir]      (dir: a checkout; this one by default)
//
// Read with the TypeScript compiler's parser, so that comments and strings never count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LONG_FUNCTION = 60;

interface LongFunction {
  where: string;
  name: string;
  lines: number;
}

interface Metrics {
  files: number;
  lines: number;
  largest: { file: string; lines: number }[];
  casts: number;
  nonNull: number;
  longFunctions: LongFunction[];
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

type WithBody =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

const hasBody = (node: ts.Node): node is WithBody =>
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/** The name a function is known by: its own, its variable's, its property's, its class's. */
function nameOf(node: WithBody, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (!ts.isArrowFunction(node) && node.name && !ts.isComputedPropertyName(node.name)) {
    const owner =
      ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
    return owner + node.name.getText(source);
  }
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(source)})`;
  return '(anonymous)';
}

function measureFile(path: string, root: string, into: Metrics): void {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const file = relative(root, path);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  into.files += 1;
  into.lines += lines;
  into.largest.push({ file, lines });
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const asConst =
        ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const';
      if (!asConst) into.casts += 1;
    } else if (ts.isNonNullExpression(node)) {
      into.nonNull += 1;
    } else if (hasBody(node) && node.body) {
      const body = node.body;
      const bodyLines = lineOf(body.getEnd()) - lineOf(body.getStart(source)) + 1;
      if (bodyLines > LONG_FUNCTION) {
        into.longFunctions.push({
          where: `${file}:${lineOf(node.getStart(source))}`,
          name: nameOf(node, source),
          lines: bodyLines,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function measure(root: string, folder: string): Metrics {
  const metrics: Metrics = {
    files: 0,
    lines: 0,
    largest: [],
    casts: 0,
    nonNull: 0,
    longFunctions: [],
  };
  for (const path of sourcesUnder(join(root, folder))) measureFile(path, root, metrics);
  metrics.largest = metrics.largest.sort((a, b) => b.lines - a.lines).slice(0, 5);
  metrics.longFunctions.sort((a, b) => b.lines - a.lines);
  return metrics;
}

function report(root: string, folder: string): string {
  const m = measure(root, folder);
  return [
    `## ${folder}/ — ${m.files} TypeScript files, ${m.lines} lines`,
    'five largest files:',
    ...m.largest.map((f) => `  ${String(f.lines).padStart(5)}  ${f.file}`),
    `casts (\`as\`, \`as const\` excepted): ${m.casts}`,
    `non-null assertions (\`!\`): ${m.nonNull}`,
    `functions over ${LONG_FUNCTION} lines: ${m.longFunctions.length}`,
    ...m.longFunctions.map((f) => `  ${String(f.lines).padStart(5)}  ${f.name}  (${f.where})`),
  ].join('\n');
}

const root = resolve(process.argv[2] ?? '.');
console.log(`# Code metrics of ${root}\n`);
console.log(report(root, 'src'));
console.log();
console.log(report(root, 'test'));
