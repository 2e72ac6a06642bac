import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/** One API process of the cluster: started, killed without warning, started again on its port. */
export interface ApiProcess {
  readonly port: number
  readonly url: string
  /** Starts the process and waits until /api/health/ready answers 200. */
  start(): Promise<void>
  /** SIGKILL: no drain, no shutdown hook, as when a machine dies. */
  kill(): Promise<void>
  /** SIGTERM: the graceful drain. */
  stop(): Promise<void>
  /** The process's own output so far (its warnings and errors). */
  log(): string
}

/** An API process (server/server.ts under tsx's loader) on `port` with the cluster's shared environment. */
export function apiProcess(port: number, env: Record<string, string>): ApiProcess {
  let child: ChildProcess | null = null
  let output = ''
  const url = `http://127.0.0.1:${port}`
  const exited = (c: ChildProcess) =>
    new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())))
  return {
    port,
    url,
    log: () => output,
    async start() {
      // node itself with tsx's loader, not the tsx wrapper: a SIGKILL must reach the server, not a parent that would leave it running.
      const c = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
        cwd: ROOT,
        env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = c
      c.stdout?.on('data', (d) => (output += d))
      c.stderr?.on('data', (d) => (output += d))
      // Generous: two processes migrating and seeding one database on a loaded 2-core machine.
      const until = Date.now() + 120_000
      for (;;) {
        if (c.exitCode !== null) throw new Error(`API process on ${port} exited:\n${output.slice(-4000)}`)
        try {
          const res = await fetch(`${url}/api/health/ready`)
          if (res.ok) return
        } catch {
          // not listening yet
        }
        if (Date.now() > until) throw new Error(`API process on ${port} did not become ready:\n${output.slice(-4000)}`)
        await new Promise((r) => setTimeout(r, 150))
      }
    },
    async kill() {
      if (!child) return
      const c = child
      c.kill('SIGKILL')
      await exited(c)
    },
    async stop() {
      if (!child) return
      const c = child
      c.kill('SIGTERM')
      await exited(c)
    },
  }
}
