const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');

/** ESLint for the TypeScript LWC sources: Salesforce's recommended LWC rules (TypeScript flavour) plus Jest rules for tests. */
module.exports = [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'preview/dist/**',
            'preview/generated/**',
            'test-results/**',
            '**/*.js',
            '!eslint.config.js'
        ]
    },
    ...lwcConfig.configs.recommendedTs.map((config) => ({
        ...config,
        files: ['force-app/**/lwc/**/*.ts', 'test/jest/**/*.ts']
    })),
    {
        // The Babel parser gives ESLint no scope for TypeScript types (interfaces, generics, Record, ReturnType), so
        // no-undef reports every type name and no-unused-vars every import used only as a type. tsc
        // (`npm run typecheck`: strict, noUnusedLocals, noUnusedParameters) already fails on both, as typescript-eslint
        // recommends: https://typescript-eslint.io/troubleshooting/faqs/eslint#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
        files: ['force-app/**/lwc/**/*.ts', 'test/jest/**/*.ts'],
        rules: { 'no-undef': 'off', 'no-unused-vars': 'off' }
    },
    {
        // The compiled .js is what Code Analyzer's PMD JavaScript engine (Rhino) reads in verify:apex, and Rhino
        // crashes on an optional catch binding (`catch {`): a parse failure that fails the gate. Say it here, early.
        files: ['force-app/**/lwc/**/*.ts'],
        ignores: ['force-app/**/lwc/**/__tests__/**'],
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector: 'CatchClause[param=null]',
                    message:
                        "Name the caught error (catch (error)): PMD's Rhino parser fails on an optional catch binding."
                }
            ]
        }
    },
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.ts', 'test/jest/**/*.ts'],
        plugins: { jest: jestPlugin },
        languageOptions: { globals: { ...jestPlugin.environments.globals.globals } },
        rules: {
            ...jestPlugin.configs.recommended.rules,
            // Shared assertion helpers of test/jest/lwcTestUtils.ts count as assertions.
            'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expectNullsMayBeLeftOut', 'expectSpinnerWhilePending'] }],
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
        }
    }
];
