// The local stand-ins a cluster on one machine (and the scale tests) run: a free port, s3rver
// for S3-compatible object storage, and a redis-server of its own.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface LocalS3 {
  endpoint: string
  bucket: string
  /** The environment that points an app at this server (STORAGE=s3 and its settings). */
  env: Record<string, string>
  stop(): Promise<void>
}

/** A local S3-protocol server (s3rver) with one empty bucket, spoken to by the real AWS SDK. */
export async function startS3(bucket = 'court-evidence'): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'court-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      // s3rver's fixed credentials: requests are signed as against a real bucket.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    },
    stop: async () => {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

export interface LocalRedis {
  url: string
  stop(): Promise<void>
}

/**
 * A redis-server of the test's own on a free port, nothing saved (Debian's package; CI installs
 * it). Started here rather than taken from REDIS_URL, so no other suite's keys or limits are in it.
 */
export async function startRedis(): Promise<LocalRedis> {
  const port = await freePort()
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000)
    child.once('error', (err) => {
      clearTimeout(timer)
      reject(new Error(`redis-server could not be started (apt-get install redis-server): ${err.message}`))
    })
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (/ready to accept connections/i.test(out)) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
