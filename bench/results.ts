import fs from 'node:fs'
import path from 'node:path'

const FILE = path.join(__dirname, 'RESULTS.md')
const HEADER = '# Benchmark results\n\nWritten by `npm run bench` and `npm run sizes`; each section is replaced by its latest run.\n'

/** Replaces one `## name` section of bench/RESULTS.md, keeping the others. */
export function writeSection(name: string, body: string): void {
  const text = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : HEADER
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const block = `${start}\n## ${name}\n\n${body.trim()}\n${end}`
  // Names like 'API throughput (SQLite)' hold regex characters; `$` in a body must stay literal too.
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`${literal(start)}[\\s\\S]*?${literal(end)}`)
  fs.writeFileSync(FILE, re.test(text) ? text.replace(re, () => block) : `${text.trimEnd()}\n\n${block}\n`)
}

export function machine(): string {
  const os = require('node:os') as typeof import('node:os')
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
}
