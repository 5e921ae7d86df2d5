// Accessibility matchers (sa11y) for every LWC test: `await expect(element).toBeAccessible()`.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
