// ESLint holds the architecture: each layer of src/ may import only the layers before it
// (domain → import → model → analysis → cli | map → app; workers run the pure layers).
// The pure layers never touch React, Cytoscape, Node built-ins or the DOM, so the CLI,
// the web workers and the tests run exactly the code the app runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const LAYERS = ['domain', 'import', 'model', 'analysis', 'cli', 'map', 'workers', 'app'];

/** What each layer may import from src/. */
const ALLOWED = {
  domain: [],
  import: ['domain'],
  model: ['domain', 'import'],
  analysis: ['domain', 'import', 'model'],
  cli: ['domain', 'import', 'model', 'analysis'],
  workers: ['domain', 'import', 'model', 'analysis'],
  map: ['domain', 'import', 'model', 'analysis'],
  app: ['domain', 'import', 'model', 'analysis', 'map', 'workers'],
};

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'];
const PURE = ['domain', 'import', 'model', 'analysis'];

function layerRule(layer) {
  const forbidden = LAYERS.filter((l) => l !== layer && !ALLOWED[layer].includes(l));
  const patterns = [
    {
      regex: `(^|/)(${forbidden.join('|')})/`,
      message: `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing in src/'}.`,
    },
  ];
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
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

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
    files: PURE.map((l) => `src/${l}/**/*.ts`),
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB'].map(
          (name) => ({ name, message: 'Pure layers never touch the DOM or browser storage.' }),
        ),
      ],
    },
  },
);
