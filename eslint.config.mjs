// npm run lint: ESLint's and typescript-eslint's recommended rules, and the purity of the core as a rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test-output/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        module: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      // Tests and protocol edges read untyped JSON: `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests reach for a module where they need it (require('fs') inside a test) and read JSON untyped.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Small, single-purpose modules: a file that outgrows this is split, not stretched.
    files: ['client/**/*.ts', 'server/**/*.ts', 'shared/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'vscode',
                'vscode-*',
                'fs',
                'fs/*',
                'path',
                'child_process',
                'os',
                '**/lsp/*',
                '**/node/*',
                '**/io/*',
                '**/cli',
                '**/cli/*',
                '**/config/rcFile',
              ],
              message: 'The core is pure: no editor or LSP library, no file system, nothing of the server shell.',
            },
          ],
        },
      ],
    },
  },
);
