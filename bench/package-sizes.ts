import fs from 'node:fs'
import path from 'node:path'
import { machine, writeSection } from './results'

/**
 * Sizes of the weapp packages in dist/weapp, against WeChat's 2 MB per package and our budgets:
 * the main package within 2× a blank Taro React build (372 KB → 744 KB), each subpackage ≤ 500 KB.
 * `--check` exits non-zero when a limit is broken (CI runs it).
 */
const ROOT = path.resolve(__dirname, '..', 'dist', 'weapp')
const KB = 1024
const WECHAT_LIMIT = 2048 * KB
const MAIN_BUDGET = 744 * KB
const SUB_BUDGET = 500 * KB

function walk(dir: string): Array<{ rel: string; bytes: number }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return walk(full)
    return [{ rel: path.relative(ROOT, full).split(path.sep).join('/'), bytes: fs.statSync(full).size }]
  })
}

function main() {
  if (!fs.existsSync(path.join(ROOT, 'app.json'))) {
    console.error('dist/weapp/app.json is missing: run `npm run build:weapp` first')
    process.exit(1)
  }
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'))
  const files = walk(ROOT).filter((f) => !f.rel.endsWith('.map'))
  const packages = new Map<string, { bytes: number; js: number }>([['main', { bytes: 0, js: 0 }]])
  for (const r of roots) packages.set(r, { bytes: 0, js: 0 })
  for (const f of files) {
    const key = roots.find((r) => f.rel.startsWith(r)) ?? 'main'
    const p = packages.get(key)!
    p.bytes += f.bytes
    if (f.rel.endsWith('.js')) p.js += f.bytes
  }
  const problems: string[] = []
  const rows = [...packages].map(([name, p]) => {
    const budget = name === 'main' ? MAIN_BUDGET : SUB_BUDGET
    if (p.bytes > WECHAT_LIMIT) problems.push(`${name} is ${(p.bytes / KB).toFixed(1)} KB, over WeChat's 2 MB`)
    else if (p.bytes > budget) problems.push(`${name} is ${(p.bytes / KB).toFixed(1)} KB, over its budget of ${budget / KB} KB`)
    return `| ${name} | ${(p.bytes / KB).toFixed(1)} KB | ${(p.js / KB).toFixed(1)} KB | ${budget / KB} KB |`
  })
  const total = [...packages.values()].reduce((s, p) => s + p.bytes, 0)
  const table = [
    `Measured on ${machine()} from \`dist/weapp\` (production build).`,
    '',
    '| package | total | of which JS | budget |',
    '|---|---|---|---|',
    ...rows,
    `| **all** | ${(total / KB).toFixed(1)} KB | | 20 MB |`,
    '',
    'A blank Taro 4.2.1 React page builds to 372 KB (toolchain.md); the main-package budget is twice that.',
  ].join('\n')
  console.log(table)
  writeSection('weapp package sizes', table)
  if (problems.length > 0) {
    console.error(`\nPackage size limits broken:\n- ${problems.join('\n- ')}`)
    if (process.argv.includes('--check')) process.exit(1)
  }
}

main()
