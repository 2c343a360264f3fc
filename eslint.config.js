// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would tie the pure flow language in core/ to a runtime, a framework or IO. */
const coreForbidden = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'core/ is framework-free: no React.' },
  { group: ['next', 'next/*', 'next-intl', 'next-intl/*'], message: 'core/ is framework-free: no Next.' },
  { group: ['@xyflow/*', 'zustand', 'zustand/*'], message: 'core/ is framework-free: no UI libraries.' },
  {
    group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
    message: 'core/ does no IO: no database.',
  },
  { group: ['node:*'], message: 'core/ runs in the browser too: no node:* modules.' },
  {
    group: ['fs', 'path', 'crypto', 'http', 'https', 'net', 'os', 'child_process', 'url', 'stream', 'util'],
    message: 'core/ runs in the browser too: no Node built-ins.',
  },
  {
    group: ['@/server', '@/server/*', '**/server/*', '**/server'],
    message: 'core/ must not import server/.',
  },
  { group: ['@/app/*', '@/components/*', '**/components/*'], message: 'core/ must not import UI code.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      '.tmp/**',
      'drizzle/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['core/**/*.ts', 'core/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: coreForbidden }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ is pure: pass values in instead of reading process.' },
        { name: 'Buffer', message: 'core/ runs in the browser too: use Uint8Array/TextEncoder.' },
      ],
    },
  },
);
