/**
 * `npm start` builds the H5 app only when its sources changed since the last build: a newcomer's
 * second start takes seconds, not the minute a Taro build takes. The build's inputs (src/,
 * domain/, contract/, config/, the Babel config, the lock file and the TARO_APP_* settings) are
 * hashed into dist/h5/.sources-hash after a successful build; a build with another hash, or
 * none, is rebuilt.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const inputs = ['src', 'domain', 'contract', 'config', 'babel.config.js', 'package-lock.json']
const outputDir = path.join(root, process.env.TARO_OUTPUT ?? 'dist/h5')
const stampFile = path.join(outputDir, '.sources-hash')

function filesOf(entry: string): string[] {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return []
  if (!fs.statSync(full).isDirectory()) return [entry]
  return fs
    .readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => filesOf(path.join(entry, e.name)))
}

function sourcesHash(): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(filesOf))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0')
  const settings = Object.entries(process.env)
    .filter(([key]) => key.startsWith('TARO_APP_'))
    .sort(([a], [b]) => a.localeCompare(b))
  hash.update(JSON.stringify(settings))
  return hash.digest('hex')
}

const wanted = sourcesHash()
const built = fs.existsSync(path.join(outputDir, 'index.html')) && fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : null
if (built === wanted) {
  console.log('H5 build is up to date with the sources: not rebuilding.')
} else {
  console.log(built ? 'Sources changed since the last H5 build: rebuilding.' : 'No H5 build yet: building.')
  const run = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
  fs.writeFileSync(stampFile, `${wanted}\n`)
}
