/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  // ts-jest compiles each file on its own (transpile only) because tsconfig.json sets isolatedModules;
  // the types are checked once by `npm run typecheck` before jest runs.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testEnvironment: 'node',
  // The day the checks run on (test/support/clock.ts): results must not change with the calendar.
  setupFiles: ['<rootDir>/test/support/clock.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
};
