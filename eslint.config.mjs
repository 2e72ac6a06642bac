import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const clockBan = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ never reads the clock: take `today` as a parameter.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'domain/ never reads the clock: take `today` as a parameter.' },
  { selector: "MemberExpression[object.name='process']", message: 'domain/ is pure: no process.* (env, clock, platform).' },
]

const fromContract = '[source.value=/(^|\\/)contract\\//]'
const contractTypesOnly = [
  { selector: `ImportDeclaration[importKind!='type']${fromContract}`, message: 'src/ takes the API contract as types only: `import type { … }`.' },
  { selector: `ExportNamedDeclaration[exportKind!='type']${fromContract}`, message: 'src/ re-exports the API contract as types only: `export type { … }`.' },
  { selector: `ExportAllDeclaration[exportKind!='type']${fromContract}`, message: 'src/ re-exports the API contract as types only: `export type * from`.' },
]

const domainIndexMessage =
  "Import the domain file you need ('@domain/fees/quoteFee'), not the domain's index: it would bundle every rule and its data into the package."

const srcImports = {
  paths: [{ name: '@domain', allowTypeImports: true, message: domainIndexMessage }],
  patterns: [
    { group: ['**/server/**', 'server/*'], message: 'src/ must not import server/: talk to it through src/api.' },
    { regex: '(^|/)domain(/index(\\.ts)?)?$', allowTypeImports: true, message: domainIndexMessage },
  ],
}

// The domain files that carry the 案由 list, the case-type codes or the average wages (≈40 KB as bundled), and
// those that import them. The main package loads before the first screen: they belong in the subpackages that use them.
const domainData = '(^@|/)domain/(data/|causes/|smallClaims/|cases/(caseNumber|caseTypeCodes)$|fees/feeCategoryForCause$|filing/filingFee$)'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', '.temp/**', 'coverage/**', 'data/**', 'test/e2e/screenshots/**', 'babel.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app runs in the mini-program: it may not reach into the server's code.
      // Nor through the domain's index: it re-exports every rule and its data (the 案由 list, the case-type codes),
      // and whatever a page imports from it is bundled whole into that page's package (into every subpackage that
      // uses it, or into the main package). Each file imports the rule files it needs; types may come from anywhere.
      '@typescript-eslint/no-restricted-imports': ['error', srcImports],
      // It takes the API contract's types, erased at build time, never its schemas: TypeBox stays out of the bundle.
      // `import { type X }` counts as a value import, since it leaves `import 'module'` behind.
      'no-restricted-syntax': ['error', ...contractTypesOnly],
    },
  },
  {
    // The main package: tab pages, the app shell and what they share. Types of those files are free (erased).
    files: [
      'src/app.ts',
      'src/pages/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/api/**/*.ts',
      'src/stores/**/*.ts',
      'src/utils/**/*.ts',
      'src/hooks/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...srcImports,
          patterns: [
            ...srcImports.patterns,
            {
              regex: domainData,
              allowTypeImports: true,
              message: 'The main package carries no court data (案由, case-type codes, wages): use this rule from a subpackage, or pass it in as a prop.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tarojs/*', 'fastify', '@fastify/*', 'kysely', 'pg', 'better-sqlite3', 'axios', 'react', 'react-dom'],
              message: 'domain/ is pure rules: no framework or I/O imports.',
            },
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'], message: 'domain/ runs in the mini-program too: no Node built-ins.' },
            { group: ['**/src/**', '**/server/**', '**/contract/**', '@/*'], message: 'domain/ imports nothing of the app, the server or the API contract.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...clockBan],
      'no-restricted-globals': ['error', { name: 'Intl', message: 'domain/ formats dates itself so results do not depend on the device locale.' }],
    },
  },
  {
    files: ['domain/data/build-*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // The contract is shared by the server (schemas) and the app (types): TypeBox and domain types only.
    files: ['contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../domain/**'], allowTypeImports: true, message: 'contract/ may use domain types only: `import type`.' },
            { regex: '^(?!typebox$|\\./|\\.\\./domain/)', message: 'contract/ imports only TypeBox (`typebox`) and domain types.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '@tarojs/*', '@/*'], message: 'server/ may use domain/, never the Taro app.' }] }],
    },
  },
  {
    // Routes are thin: schema, one use-case call, reply. They reach data only through services.
    files: ['server/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/**', '@tarojs/*', '@/*'], message: 'server/ may use domain/, never the Taro app.' },
            { group: ['**/repositories/**', '**/db/**'], message: 'Routes call services; only repositories touch the database.' },
          ],
        },
      ],
    },
  },
  {
    // Repositories own the SQL and know nothing of the use cases above them.
    files: ['server/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/**', '@tarojs/*', '@/*'], message: 'server/ may use domain/, never the Taro app.' },
            { group: ['**/services/**', '**/routes/**', '**/plugins/**'], message: 'Repositories may not import services, routes or plugins.' },
          ],
        },
      ],
    },
  },
  {
    // Sizes a newcomer can read at once: files, functions, and React components (a page is a hook plus one component per step).
    files: ['server/**/*.ts', 'domain/**/*.ts', 'contract/**/*.ts', 'bench/**/*.ts', 'src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Kysely's advice: migrations see the database as untyped, frozen at the time they were written.
    files: ['server/migrations/**/*.ts', 'server/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
)
