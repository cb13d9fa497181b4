// Lint for runloop. The rules engine (coach/rules) must stay pure: no packages, no node:*, no process,
// no clock and no randomness. dependency-cruiser (.dependency-cruiser.cjs) checks the folder direction.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Syntax that reads the clock, randomness or the process: forbidden in coach/rules. */
export const impureSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'coach/rules is pure: pass "today" in as an argument instead of new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'coach/rules is pure: pass the time in as an argument instead of Date.now().',
  },
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'coach/rules is pure: no randomness (Math.random).',
  },
  {
    selector: "Identifier[name='process']",
    message: 'coach/rules is pure: no process (env, argv, exit…). Take values as arguments.',
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: 'coach/rules is pure: no require().',
  },
  {
    selector: 'ImportExpression',
    message: 'coach/rules is pure: no dynamic import().',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'coverage/**',
      'dist/**',
      '.dist-*/**',
      'db/migrations/**',
      '*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['coach/rules/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...impureSyntax],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message: 'coach/rules imports nothing but itself: no packages and no node:* modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'coach/rules does no I/O.' },
        { name: 'setTimeout', message: 'coach/rules has no clock.' },
        { name: 'setInterval', message: 'coach/rules has no clock.' },
        { name: 'performance', message: 'coach/rules has no clock.' },
        { name: 'console', message: 'coach/rules does no I/O: return values, the edges log.' },
      ],
    },
  },
);
