import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(__dirname, '..', '..', 'domain')
// The generator runs at build time only (nothing imports it); it may use process and Date.
const buildTools = new Set(['data/build-holidays.ts'])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Code without comments: JSDoc may mention what the code must not use. */
const strip = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^[ \t]*\/\/.*$/gm, '')
const code = (file: string) => strip(readFileSync(join(root, file), 'utf8'))

const files = sources(root)
  .map((path) => relative(root, path))
  .filter((file) => !buildTools.has(file))

describe('domain boundaries', () => {
  it('finds the domain sources', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'fees/quoteFee.ts', 'periods/dueDate.ts']))
  })

  it('sees through comments but not code', () => {
    const text = '/** not Date.now() */\n// nor new Date()\nconst t = Date.now()\n'
    expect(strip(text)).toBe('\n\nconst t = Date.now()\n')
  })

  it.each([
    { label: 'no clock: Date.now', pattern: /\bDate\.now\b/ },
    { label: 'no Date at all (time-zone independence)', pattern: /\bnew Date\b|\bDate\.\w+/ },
    { label: 'no node:* imports', pattern: /from\s+['"]node:|require\(/ },
    { label: 'no Taro', pattern: /@tarojs\// },
    { label: 'no Fastify', pattern: /['"]fastify|@fastify\// },
    { label: 'no server/ or src/ imports', pattern: /from\s+['"](\.\.\/)+(server|src)\b|from\s+['"]@\// },
    { label: 'no chinese-days at run time (its functions depend on the time zone; 24 KB)', pattern: /from\s+['"]chinese-days/ },
    { label: 'no process globals', pattern: /\bprocess\./ },
  ])('$label', ({ pattern }) => {
    const offenders = files.filter((file) => pattern.test(code(file)))
    expect(offenders).toEqual([])
  })
})
