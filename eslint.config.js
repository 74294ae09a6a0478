// ESLint 9 flat config. Run with `npm run lint` (zero warnings allowed).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** UI libraries the framework-free core must never import. */
const UI_PACKAGES = ['react', 'react-dom', 'monaco-editor', 'monaco-yaml'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*/**', '**/src/*/*', '!**/src/index', '!**/src/index.ts'],
              message: 'The app imports the core only through src/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({
            name,
            message: 'The core (src/) is framework-free: no React, Monaco or DOM.',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'monaco-editor/*', '@monaco-editor/*', 'monaco-yaml/*'],
              message: 'The core (src/) is framework-free: no React, Monaco or DOM.',
            },
            { group: ['../app', '**/app', '**/app/**'], message: 'The core (src/) never imports the app.' },
          ],
        },
      ],
    },
  },
);
