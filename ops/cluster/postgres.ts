import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './localServices'

export interface LocalPostgres {
  url: string
  stop(): Promise<void>
}

/** The newest PostgreSQL server binaries Debian installed (apt-get install postgresql). */
function pgBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : []
  if (versions.length === 0) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql')
  versions.sort((a, b) => Number(a) - Number(b))
  return path.join(root, versions[versions.length - 1], 'bin')
}

/**
 * A throwaway PostgreSQL: a fresh data directory in the temp folder, on a free port, without
 * fsync (nothing here outlives the run), removed by stop(). As root it runs as the postgres user,
 * which Debian's package creates, since PostgreSQL refuses to run as root.
 */
export async function startPostgres(): Promise<LocalPostgres> {
  const bin = pgBin()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-pg-'))
  const data = path.join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd)
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
    else execFileSync(full, args, { stdio: 'pipe' })
  }
  if (asRoot) execFileSync('chown', ['postgres', dir])
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
  run('pg_ctl', ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', options, 'start'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      const args = ['-D', data, '-m', 'immediate', 'stop']
      const full = path.join(bin, 'pg_ctl')
      if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'ignore' })
      else spawnSync(full, args, { stdio: 'ignore' })
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
