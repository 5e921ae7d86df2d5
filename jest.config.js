const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/**
 * Jest runs the TypeScript LWC sources directly (the LWC transformer strips types); coverage is measured on .ts.
 * `npm run test:unit` uses its own cache directory: @lwc/jest-transformer's cache key ignores Jest's `instrument`
 * flag, so a coverage run that reuses transforms cached by a plain `jest` run reports "Unknown (0/0)" coverage and
 * the threshold below would silently pass.
 */
module.exports = {
    ...jestConfig,
    moduleFileExtensions: ['ts', 'js', 'html'],
    // Shared test helpers live outside force-app (not deployed): `import { flush } from '@test/lwcTestUtils'`.
    moduleNameMapper: { '^@test/(.*)$': '<rootDir>/test/jest/$1' },
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
    testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/test/', '<rootDir>/preview/', '<rootDir>/scripts/'],
    modulePathIgnorePatterns: ['<rootDir>/preview/dist/', '<rootDir>/.tmp/'],
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageDirectory: 'coverage/lwc',
    coverageReporters: ['text-summary', 'lcov'],
    // sa11y's axe run on a busy 2-core machine takes longer than Jest's 5 s default; the timeout only bounds a hang.
    testTimeout: 30000,
    coverageThreshold: { global: { lines: 90, branches: 75, functions: 90 } }
};
