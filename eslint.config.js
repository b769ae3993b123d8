import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'neo4j/target/**', '.sakskart/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only graph/executor.ts may talk to the driver (STYLE.md §2).
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Use graph/executor.ts.' }] }],
    },
  },
  { files: ['graph/executor.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
);
