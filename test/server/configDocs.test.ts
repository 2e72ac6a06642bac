import fs from 'node:fs'
import path from 'node:path'

// The README's configuration table is what an operator reads: it must name every variable the server reads, and no other.
const root = path.resolve(__dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

it('the README lists every environment variable server/config.ts reads', () => {
  const inCode = new Set([...read('server/config.ts').matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))
  const section = read('README.md').split('## Configuration')[1].split('\n## ')[0]
  const inReadme = new Set([...section.matchAll(/^\|([^|]+)\|/gm)].flatMap((m) => [...m[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((x) => x[1])))
  expect(inCode.size).toBeGreaterThan(10)
  expect([...inCode].sort()).toEqual([...inReadme].sort())
})
