import type { Config } from 'jest'

const swc: Config['transform'] = {
  '^.+\\.m?[tj]sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } }],
}
const paths = { '^@domain$': '<rootDir>/domain/index.ts', '^@domain/(.*)$': '<rootDir>/domain/$1', '^@/(.*)$': '<rootDir>/src/$1' }
// Fastify and its plugins pull a few ESM-only packages; let swc transform them.
const esmDeps = ['content-disposition', 'cookie', 'set-cookie-parser', 'typebox', '@tus', 'srvx']

const config: Config = {
  // A loaded 2-core CI machine can take far longer than jest's 5 s to migrate a fresh database in a hook.
  testTimeout: 60_000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  projects: [
    { displayName: 'domain', testEnvironment: 'node', roots: ['<rootDir>/test/domain'], transform: swc, moduleNameMapper: paths },
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/server'],
      // The cluster test brings its own PostgreSQL: it runs in the SQLite pass, not a second time in the PostgreSQL one.
      testPathIgnorePatterns: process.env.DATABASE_URL ? ['/node_modules/', '<rootDir>/test/server/scale/cluster\\.test\\.ts$'] : ['/node_modules/'],
      transform: swc,
      moduleNameMapper: paths,
      transformIgnorePatterns: [`/node_modules/(?!(${esmDeps.join('|')})/)`],
    },
    {
      displayName: 'src',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/src'],
      transform: swc,
      moduleNameMapper: {
        ...paths,
        '^@tarojs/components$': '<rootDir>/test/src/stubs/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/src/stubs/taro.ts',
        '\\.(scss|css)$': '<rootDir>/test/src/stubs/style.ts',
      },
      // tus-js-client's platform-neutral core ships as ES modules only.
      transformIgnorePatterns: ['/node_modules/(?!(tus-js-client)/)'],
    },
    // miniprogram-simulate renders into a DOM (j-component); the compiled dist/weapp scripts run as built, untransformed.
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/weapp'],
      transform: swc,
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      transform: swc,
      moduleNameMapper: paths,
      setupFilesAfterEnv: ['<rootDir>/test/e2e/setup.ts'],
    },
  ],
}
export default config
