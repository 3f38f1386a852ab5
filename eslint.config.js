// ESLint 9 flat config: typescript-eslint's type-checked recommended rules over every TypeScript file.
// Formatting is Prettier's job (npm run format); nothing here is about layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'data/',
      'models/',
      'examples/',
      'test/fixtures/',
      // generated from the route schemas by src/server/api-types.ts
      'web/src/api-types.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // each file is checked against the tsconfig that includes it (tsconfig.json or web/tsconfig.json);
        // the two build configs, which no tsconfig includes, get a default one
        projectService: { allowDefaultProject: ['vitest.config.ts', 'web/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // plain JavaScript (the bin script, this file) has no types to check
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
