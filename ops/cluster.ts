import { generateKeyPairSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { apiProcess, type ApiProcess } from './cluster/apiProcess'
import { freePort, startRedis, startS3, type LocalRedis, type LocalS3 } from './cluster/localServices'
import { startNginx, type LocalNginx } from './cluster/nginx'
import { startPostgres, type LocalPostgres } from './cluster/postgres'

/** A court's deployment on one machine: every part real, every part throwaway. */
export interface Cluster {
  /** nginx, balancing the API processes */
  url: string
  apis: ApiProcess[]
  databaseUrl: string
  stop(): Promise<void>
}

/**
 * Starts a throwaway PostgreSQL, a redis-server, a local S3-protocol server (s3rver), `apis` API
 * processes sharing them (one signing key, one JWT secret, each its own upload folder: evidence
 * lives in the bucket) and nginx balancing them on one port, as ops/nginx.conf does in front of
 * compose.yaml's app ×2. The processes run in development mode with the demo accounts and demo
 * sign-in, so a load can sign people in; production refuses both.
 */
export async function startCluster(opts: { apis?: number } = {}): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-cluster-'))
  const parts: { pg?: LocalPostgres; redis?: LocalRedis; s3?: LocalS3; nginx?: LocalNginx; apis: ApiProcess[] } = { apis: [] }
  const stop = async () => {
    await Promise.all(parts.apis.map((a) => a.stop()))
    await parts.nginx?.stop()
    await parts.s3?.stop()
    await parts.redis?.stop()
    await parts.pg?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    parts.pg = await startPostgres()
    parts.redis = await startRedis()
    parts.s3 = await startS3()
    const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const shared = {
      NODE_ENV: 'development',
      DATABASE_URL: parts.pg.url,
      REDIS_URL: parts.redis.url,
      ...parts.s3.env,
      JWT_SECRET: randomBytes(32).toString('base64'),
      SERVICE_SIGNING_KEY: signingKey,
      TRUST_PROXY: '1',
      SEED_DEMO: '1',
      SEED_DEMO_ENFORCEMENT: '0',
      AUTH_DEV_LOGIN: '1',
      API_DOCS: '0',
      STATIC_DIR: path.join(dir, 'no-h5'),
      LOG_LEVEL: 'warn',
    }
    for (let i = 0; i < (opts.apis ?? 2); i++) {
      const api = apiProcess(await freePort(), {
        ...shared,
        UPLOAD_DIR: path.join(dir, `api${i + 1}`, 'uploads'),
        CHECKPOINT_DIR: path.join(dir, `api${i + 1}`, 'checkpoints'),
      })
      parts.apis.push(api)
      // One after another: the first migrates and seeds the database, the next finds it done.
      await api.start()
    }
    parts.nginx = await startNginx(
      await freePort(),
      parts.apis.map((a) => a.port),
    )
    return { url: parts.nginx.url, apis: parts.apis, databaseUrl: parts.pg.url, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

// npm run cluster: start it and keep it up until Ctrl-C.
if (/cluster\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  startCluster().then(
    (c) => {
      console.log(`集群已启动：${c.url}（nginx → ${c.apis.map((a) => a.url).join('、')}）`)
      console.log(`PostgreSQL：${c.databaseUrl}；按 Ctrl-C 停止并删除全部数据`)
      const down = () => void c.stop().then(() => process.exit(0))
      process.once('SIGINT', down)
      process.once('SIGTERM', down)
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
