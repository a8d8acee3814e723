// ESLint flat config: type-aware typescript-eslint, the two React hook
// rules. `npm run lint` runs it on source/, test/, bench/ and scripts/ with a cache.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: ['dist/**', 'node_modules/**'],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		linterOptions: {
			reportUnusedDisableDirectives: 'error',
		},
		plugins: {
			'react-hooks': reactHooks,
		},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			// `void promise` hides a rejection as well as a bare call does: a throw there leaves the REPL busy.
			'@typescript-eslint/no-floating-promises': ['error', {ignoreVoid: false}],
			'@typescript-eslint/no-misused-promises': 'error',
			// French texts put a no-break space before : ; ! ? (source/i18n/french-typography.ts), in templates too.
			'no-irregular-whitespace': ['error', {skipStrings: true, skipTemplates: true, skipRegExps: true}],
		},
	},
	{
		// zx scripts and benchmarks: plain JavaScript run by Node, no type information.
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: {
			...tseslint.configs.disableTypeChecked.languageOptions,
			globals: {...globals.node},
		},
	},
);
