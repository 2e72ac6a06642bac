import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process (so one
 * benchmark's warm JIT and heap do not colour the next), passing on any arguments (e.g. `--check`).
 * Each writes its own section of bench/RESULTS.md. Exits non-zero if any of them failed.
 */
const dir = __dirname
const tsx = path.resolve(dir, '..', 'node_modules', '.bin', 'tsx')
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n▶ ${file}`)
  const run = spawnSync(tsx, [path.join(dir, file), ...process.argv.slice(2)], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    console.error(`✗ ${file} exited with ${run.status ?? run.signal}`)
  }
}
console.log(`\n${files.length - failed}/${files.length} benchmarks ran; results in bench/RESULTS.md`)
if (failed > 0) process.exitCode = 1
