// ESLint holds the architecture (docs/architecture.md, docs/decisions/layers.md): each layer
// of src/ may import only the layers before it (domain → import → model → analysis → layout
// → cli | map | workers → app), statically or through `import()`; no file lives outside a
// layer; another layer is imported through its face, src/<layer>/index.ts, which says what
// that layer offers (not `../analysis/coverage.ts`). The pure layers never touch React, Cytoscape, Node built-ins, Node or browser
// globals, so the CLI, the web workers and the tests run exactly the code the app runs.
// test/architecture.test.ts checks what a lint rule cannot: folders, and import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

export const LAYERS = [
  'domain',
  'import',
  'model',
  'analysis',
  'layout',
  'cli',
  'map',
  'workers',
  'app',
];

/** What each layer may import from src/. */
export const ALLOWED = {
  domain: [],
  import: ['domain'],
  model: ['domain', 'import'],
  analysis: ['domain', 'import', 'model'],
  layout: ['domain', 'import', 'model', 'analysis'],
  cli: ['domain', 'import', 'model', 'analysis', 'layout'],
  workers: ['domain', 'import', 'model', 'analysis', 'layout'],
  map: ['domain', 'import', 'model', 'analysis', 'layout'],
  app: ['domain', 'import', 'model', 'analysis', 'layout', 'map', 'workers'],
};

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'];
export const PURE = ['domain', 'import', 'model', 'analysis', 'layout'];

/** The files of a layer (and, with `layer` undefined, of every layer). */
const sources = (layer) => [`src/${layer ?? '*'}/**/*.{ts,tsx,js,mjs}`];

/**
 * `import()` is invisible to no-restricted-imports: the same fence for dynamic imports,
 * written as selectors on the import expression's source (a string or a template).
 * Only relative paths are fenced, so `import('@e965/xlsx')` and other packages pass.
 * (esquery regexes cannot hold a bare slash: `[/]` stands for it.)
 */
function dynamicImportFence(layer, forbidden) {
  const message = `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing in src/'} (import() included).`;
  const path = `/^[.]{1,2}[/](.*[/])?(${forbidden.join('|')})[/]/`;
  const fences = [
    { selector: `ImportExpression > Literal.source[value=${path}]`, message },
    {
      selector: `ImportExpression > TemplateLiteral.source > TemplateElement[value.raw=${path}]`,
      message,
    },
    {
      selector: 'ImportExpression > :not(Literal, TemplateLiteral).source',
      message: 'Write the path of an import() as a string, so that the layer fence can read it.',
    },
  ];
  if (PURE.includes(layer)) {
    fences.push({
      selector: `ImportExpression > Literal.source[value=/^(node:|react(-dom)?([/]|$)|cytoscape)/]`,
      message:
        'Pure layers never import React, Cytoscape or Node built-ins, even through import().',
    });
  }
  return fences;
}

/**
 * No literal words in JSX, as Excalidraw does: every word on a screen comes from the text
 * catalogue (src/app/i18n/), in both languages. Symbols and punctuation ("·", "×", "→",
 * "—") may stay inline. Words are letters of any script (esquery regexes take no `u` flag,
 * hence the Latin ranges, which leave out × and ÷).
 */
const WORD = '/[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]/';
const NO_LITERAL_TEXT = [
  {
    selector: `JSXText[value=${WORD}]`,
    message: 'Literal text in JSX: put the words in the text catalogue (src/app/i18n/).',
  },
  {
    selector: `JSXExpressionContainer > Literal[value=${WORD}]`,
    message: 'Literal text in JSX: put the words in the text catalogue (src/app/i18n/).',
  },
  {
    selector: `JSXAttribute[name.name=/^(title|alt|placeholder|aria-label|aria-description|aria-roledescription|label)$/] > Literal[value=${WORD}]`,
    message:
      'Literal text in a JSX attribute read by people: use the text catalogue (src/app/i18n/).',
  },
];

function layerRule(layer) {
  const forbidden = LAYERS.filter((l) => l !== layer && !ALLOWED[layer].includes(l));
  const patterns = [
    {
      regex: `(^|/)(${forbidden.join('|')})/`,
      message: `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing in src/'}.`,
    },
  ];
  // Another layer is reached through its face, src/<layer>/index.ts ('../analysis'), never
  // one of its files: the face says what a layer offers, and the rest can change behind it.
  // (import() is not fenced here: a lazy import of a file is what keeps it out of the chunk.)
  if (ALLOWED[layer].length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${ALLOWED[layer].join('|')})/.`,
      message: `Import another layer through its face (src/<layer>/index.ts): '../analysis', not '../analysis/coverage.ts'. Add what you need to that face.`,
    });
  }
  if (PURE.includes(layer)) {
    patterns.push({
      group: UI_PACKAGES,
      message: 'Pure layers never import React or Cytoscape.',
    });
    patterns.push({
      regex: '^node:',
      message: 'Pure layers run in the browser too: no Node built-ins.',
    });
  }
  // Node's built-ins by their bare names too (`fs`, `path`…): exact names, since `domain`
  // is one of them.
  const paths = PURE.includes(layer)
    ? builtinModules
        .filter((name) => !name.startsWith('_'))
        .map((name) => ({
          name,
          message: 'Pure layers run in the browser too: no Node built-ins.',
        }))
    : [];
  return {
    files: sources(layer),
    rules: {
      'no-restricted-imports': ['error', { patterns, paths }],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportFence(layer, forbidden),
        ...(layer === 'app' ? NO_LITERAL_TEXT : []),
      ],
    },
  };
}

/** Globals the pure layers may not read: the page, the browser's storage and network, Node. */
const IMPURE_GLOBALS = [
  ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB'].map(
    (name) => ({ name, message: 'Pure layers never touch the DOM or browser storage.' }),
  ),
  ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
    name,
    message:
      'Pure layers never reach the network (nor does anything else: no request leaves the machine).',
  })),
  ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename'].map((name) => ({
    name,
    message: 'Pure layers run in the browser too: no Node globals.',
  })),
];

/**
 * A page.evaluate (or $eval) sends back a copy of what its function returns, every object
 * reachable from it included (evaluateHandle and waitForFunction keep it in the page).
 * Cytoscape's methods that move or mark the map return the core or an element, and either
 * holds the whole map: `evaluate(() => cy.fit())` copied gigabytes out of a 10,000-actor
 * page and crashed it (V8 out of memory). Such calls are made in a function body that
 * returns nothing.
 */
const EVALUATE = '/^(evaluate|[$]eval|[$][$]eval)$/';
const CYTOSCAPE_MOVES =
  '/^(fit|center|viewport|animate|select|unselect|addClass|removeClass|toggleClass|forceRender|resize|emit|trigger|layout|getElementById|elements|[$]|[$]id)$/';
const COPY_MESSAGE =
  'This returns a Cytoscape core or element, which the page copies out whole (a 10,000-actor map: gigabytes, the page crashes): call it in a { body } that returns nothing, or return what you read of it.';
const MOVES = `CallExpression[callee.property.name=${CYTOSCAPE_MOVES}]`;
// zoom() and pan() read; given a value, they set it and return the core.
const SETS = 'CallExpression[callee.property.name=/^(zoom|pan)$/][arguments.length>0]';
// What the evaluated function returns: an arrow's expression (`a?.b.fit()` and `x as T`
// included) or a `return` in its body.
const RETURNED = [
  `CallExpression[callee.property.name=${EVALUATE}] > ArrowFunctionExpression > `,
  `CallExpression[callee.property.name=${EVALUATE}] > ArrowFunctionExpression > ChainExpression > `,
  `CallExpression[callee.property.name=${EVALUATE}] > ArrowFunctionExpression > TSAsExpression > `,
  `CallExpression[callee.property.name=${EVALUATE}] > :function ReturnStatement > `,
  `CallExpression[callee.property.name=${EVALUATE}] > :function ReturnStatement > ChainExpression > `,
];
const NO_CYTOSCAPE_COPY = RETURNED.flatMap((returned) =>
  [MOVES, SETS].map((call) => ({ selector: returned + call, message: COPY_MESSAGE })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  // The rules of hooks, and effects that list what they read (React's own plugin).
  {
    files: ['src/app/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...LAYERS.map(layerRule),
  {
    files: PURE.flatMap(sources),
    rules: { 'no-restricted-globals': ['error', ...IMPURE_GLOBALS] },
  },
  // The tests and benches that drive a page never copy Cytoscape's core out of it.
  {
    files: ['test/e2e/**/*.ts', 'test/bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_CYTOSCAPE_COPY] },
  },
  // A file outside the layers would escape every fence above: src/ holds only the layers.
  {
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    ignores: LAYERS.flatMap(sources),
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: `src/ holds one folder per layer (${LAYERS.join(', ')}): put this file in one, or add the layer to eslint.config.js.`,
        },
      ],
    },
  },
);
