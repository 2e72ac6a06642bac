import fs from 'node:fs'
import path from 'node:path'
import { DEV_JWT_SECRET, weakSecretReason } from './auth/secrets'
import { notifyConfig, type NotifyConfig } from './notifyConfig'
import { parsePrivateKey, parsePublicKey, splitKeyList, type SigningConfig } from './signing'

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test'
  host: string
  port: number
  /** postgres://… when set; otherwise embedded SQLite at sqlitePath. */
  databaseUrl?: string
  sqlitePath: string
  jwtSecret: string
  /** Lets anyone pick a seeded demo litigant; never allowed in production. */
  devLogin: boolean
  wechat: { appId?: string; secret?: string }
  uploadDir: string
  /** The built H5 app served at `/`, when present. */
  staticDir: string
  /** Demo courts' staff and litigants with a published password: development and tests only. */
  seedDemo: boolean
  /** The demo's enforcement cases in every state (development only; they take some seconds to build). */
  seedDemoEnforcement: boolean
  /** The OpenAPI pages at /api/docs; off in production unless asked for. */
  apiDocs: boolean
  /** Fastify's `trustProxy`: false, the number of proxies in front, or their addresses. */
  trustProxy: false | number | string
  /** Socket idle, whole-request and keep-alive limits (ms), so a client sending a byte now and then cannot hold a connection. */
  timeouts: { connectionMs: number; requestMs: number; keepAliveMs: number }
  /**
   * How often, and past what age, temporary uploads nobody finished (a killed process) are removed;
   * a resumable upload waits `resumableMs` (a day when unset) for its owner to come back before it goes.
   */
  uploadSweep: { everyMs: number; olderThanMs: number; resumableMs?: number }
  logLevel: string
  /** Online mediation link; `{room}` becomes the booking's code. Defaults to the app's placeholder video page. */
  mediationVideoUrl: string
  /** 电子送达: the Ed25519 key that signs chain heads (never in the database) and earlier keys that still verify. */
  serviceSigning: SigningConfig
  /** The daily files of signed chain heads, outside the database; null keeps them in memory (tests without CHECKPOINT_DIR). */
  checkpointDir: string | null
  /** Notifications: the outbox (demo) or WeChat subscribe messages + Tencent Cloud SMS, and whether this process runs their worker. */
  notify: NotifyConfig
  /** Where file bytes live: `UPLOAD_DIR/files` (default), or an S3-compatible bucket (STORAGE=s3). */
  storage: StorageConfig
  /** Redis shared by every process (rate limits, session sign-outs); unset, each process keeps its own. */
  redisUrl?: string
  /** A bearer token that may read /metrics from anywhere; without it only loopback may. */
  metricsToken?: string
}

export type StorageConfig =
  { kind: 'local' } | { kind: 's3'; endpoint?: string; bucket: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean }

/** STORAGE=s3 and its bucket: the bucket is required, the endpoint a URL, the keys set together or both left to the SDK's own chain. */
function storage(env: Record<string, string | undefined>, problems: string[]): StorageConfig {
  const kind = env.STORAGE || 'local'
  if (kind === 'local') return { kind: 'local' }
  if (kind !== 's3') {
    problems.push(`STORAGE must be local or s3, got "${kind}"`)
    return { kind: 'local' }
  }
  const endpoint = env.S3_ENDPOINT || undefined
  if (endpoint && !/^https?:\/\/[^\s/]+(\/.*)?$/.test(endpoint)) problems.push(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`)
  const bucket = env.S3_BUCKET ?? ''
  // S3's own bucket-name rule (COS appends -<appid>, which fits it).
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push(`S3_BUCKET is required with STORAGE=s3 and must be a bucket name, got "${bucket}"`)
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined
  if (!accessKeyId !== !secretAccessKey)
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together (or neither, for the SDK default credentials)')
  const forcePathStyle = flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, Boolean(endpoint), problems)
  return { kind: 's3', endpoint, bucket, region: env.S3_REGION || 'us-east-1', accessKeyId, secretAccessKey, forcePathStyle }
}

/** REDIS_URL is a redis URL; METRICS_TOKEN, when set, long enough not to be guessed. */
function sharedServices(env: Record<string, string | undefined>, problems: string[]): void {
  if (env.REDIS_URL && !/^rediss?:\/\/./.test(env.REDIS_URL)) problems.push('REDIS_URL must be a redis:// or rediss:// URL')
  if (env.METRICS_TOKEN !== undefined && env.METRICS_TOKEN !== '' && env.METRICS_TOKEN.length < 16)
    problems.push('METRICS_TOKEN must be at least 16 characters')
}

const NODE_ENVS = ['development', 'test', 'production'] as const

/** `0`/`1` switches; unset or empty takes the default, anything else is a mistake worth stopping for. */
function flag(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback
  if (value === '1' || value === '0') return value === '1'
  problems.push(`${name} must be 0 or 1, got "${value}"`)
  return fallback
}

/** The number of proxies in front (`1`), or their addresses / CIDR ranges (`10.0.0.0/8,127.0.0.1`); unset trusts none. */
function trustProxy(value: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  if (value === undefined || value === '' || value === '0') return false
  if (/^[1-9]\d?$/.test(value)) return Number(value)
  const items = value.split(',').map((x) => x.trim())
  if (items.every((x) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(x) || ['loopback', 'linklocal', 'uniquelocal'].includes(x))) return items.join(',')
  problems.push(`TRUST_PROXY must be the number of proxies in front (e.g. 1) or their addresses, got "${value}"`)
  return false
}

/** Whether `text` is a key `parse` accepts; a problem naming the variable otherwise. */
function keyProblem(name: string, text: string, parse: (t: string) => unknown, problems: string[]) {
  try {
    parse(text)
  } catch (err) {
    problems.push(`${name} ${(err as Error).message}`)
  }
}

/**
 * The key that signs 电子送达 receipts: configured (production must: `openssl genpkey -algorithm ed25519`),
 * else development's own key file (made on first start), else in tests one key per process.
 */
function serviceSigning(
  values: { key?: string; file?: string; verify?: string },
  nodeEnv: AppConfig['nodeEnv'],
  root: string,
  problems: string[],
): SigningConfig {
  const verifyKeys = splitKeyList(values.verify)
  verifyKeys.forEach((k, i) => keyProblem(`SERVICE_VERIFY_KEYS entry ${i + 1}`, k, parsePublicKey, problems))
  if (values.key && values.file) problems.push('set SERVICE_SIGNING_KEY or SERVICE_SIGNING_KEY_FILE, not both')
  let key = values.key || null
  if (values.file && fs.existsSync(values.file)) {
    try {
      key = fs.readFileSync(values.file, 'utf8')
    } catch (err) {
      problems.push(`SERVICE_SIGNING_KEY_FILE cannot be read: ${(err as Error).message}`)
    }
  } else if (values.file && nodeEnv !== 'development') problems.push(`SERVICE_SIGNING_KEY_FILE ${values.file} does not exist`)
  if (key) keyProblem(values.file ? 'SERVICE_SIGNING_KEY_FILE' : 'SERVICE_SIGNING_KEY', key, parsePrivateKey, problems)
  if (!key && nodeEnv === 'production')
    problems.push(
      'SERVICE_SIGNING_KEY or SERVICE_SIGNING_KEY_FILE is required in production: it signs the 电子送达 receipts (`openssl genpkey -algorithm ed25519`)',
    )
  const keyFile = !key && nodeEnv === 'development' ? values.file || path.join(root, 'data', 'service-signing-key.pem') : null
  return { key, keyFile, verifyKeys }
}

/**
 * The repository root (the folder with package.json): data/ and dist/h5 live there whether the
 * server runs from its sources (tsx, server/) or compiled (node, build/server/server/).
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(from, '..')
  }
}

/**
 * Reads and validates the environment once at start. Anything that would run insecurely in
 * production — an unknown NODE_ENV (which used to fall back to development), a guessable
 * secret, the demo seed or dev login — stops the server before it listens.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const problems: string[] = []
  const rawEnv = env.NODE_ENV === undefined || env.NODE_ENV === '' ? 'development' : env.NODE_ENV
  if (!(NODE_ENVS as readonly string[]).includes(rawEnv)) {
    // Checked alone: every other default depends on it, and 'prod' must never run as development.
    throw new Error(`Invalid configuration:\n- NODE_ENV must be one of ${NODE_ENVS.join(', ')}, got "${rawEnv}"`)
  }
  const nodeEnv = rawEnv as AppConfig['nodeEnv']
  const production = nodeEnv === 'production'
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number, got "${env.PORT}"`)
  const devLogin = flag('AUTH_DEV_LOGIN', env.AUTH_DEV_LOGIN, false, problems)
  const seedDemo = flag('SEED_DEMO', env.SEED_DEMO, !production, problems)
  const seedDemoEnforcement = flag('SEED_DEMO_ENFORCEMENT', env.SEED_DEMO_ENFORCEMENT, true, problems)
  const apiDocs = flag('API_DOCS', env.API_DOCS, !production, problems)
  const proxy = trustProxy(env.TRUST_PROXY, problems)
  if (production) {
    if (!env.JWT_SECRET) problems.push('JWT_SECRET is required in production (e.g. `openssl rand -base64 32`)')
    else {
      const weak = weakSecretReason(env.JWT_SECRET)
      if (weak) problems.push(`JWT_SECRET ${weak}; use 32 random bytes, e.g. \`openssl rand -base64 32\``)
    }
    if (devLogin) problems.push('AUTH_DEV_LOGIN=1 is refused in production')
    if (seedDemo)
      problems.push('SEED_DEMO=1 is refused in production: its accounts have a published password (create the first admin with `npm run admin:create`)')
    if (!env.WECHAT_APPID || !env.WECHAT_SECRET) problems.push('WECHAT_APPID and WECHAT_SECRET are required in production')
  }
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) problems.push('DATABASE_URL must be a postgres:// URL')
  const root = projectRoot(__dirname)
  const store = storage(env, problems)
  sharedServices(env, problems)
  const signing = serviceSigning({ key: env.SERVICE_SIGNING_KEY, file: env.SERVICE_SIGNING_KEY_FILE, verify: env.SERVICE_VERIFY_KEYS }, nodeEnv, root, problems)
  const notify = notifyConfig(
    {
      NOTIFY: env.NOTIFY,
      NOTIFY_WORKER: env.NOTIFY_WORKER,
      NOTIFY_POLL_MS: env.NOTIFY_POLL_MS,
      WECHAT_APPID: env.WECHAT_APPID,
      WECHAT_SECRET: env.WECHAT_SECRET,
      WECHAT_API_BASE: env.WECHAT_API_BASE,
      WECHAT_SUBSCRIBE_TEMPLATES: env.WECHAT_SUBSCRIBE_TEMPLATES,
      WECHAT_MINIPROGRAM_STATE: env.WECHAT_MINIPROGRAM_STATE,
      SMS_SECRET_ID: env.SMS_SECRET_ID,
      SMS_SECRET_KEY: env.SMS_SECRET_KEY,
      SMS_REGION: env.SMS_REGION,
      SMS_SDK_APP_ID: env.SMS_SDK_APP_ID,
      SMS_SIGN_NAME: env.SMS_SIGN_NAME,
      SMS_TEMPLATES: env.SMS_TEMPLATES,
      SMS_ENDPOINT: env.SMS_ENDPOINT,
    },
    nodeEnv,
    problems,
  )
  if (problems.length > 0) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`)
  return {
    nodeEnv,
    host: env.HOST ?? '0.0.0.0',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH ?? path.join(root, 'data', 'court.db'),
    jwtSecret: env.JWT_SECRET || DEV_JWT_SECRET,
    devLogin,
    wechat: { appId: env.WECHAT_APPID, secret: env.WECHAT_SECRET },
    uploadDir: env.UPLOAD_DIR ?? path.join(root, 'data', 'uploads'),
    staticDir: env.STATIC_DIR ?? path.join(root, 'dist', 'h5'),
    seedDemo,
    seedDemoEnforcement,
    apiDocs,
    trustProxy: proxy,
    // 10 s without a byte ends a connection; a whole request (a 20 MB photo on a slow line included) gets 5 minutes.
    timeouts: { connectionMs: 10_000, requestMs: 300_000, keepAliveMs: 10_000 },
    uploadSweep: { everyMs: 10 * 60_000, olderThanMs: 30 * 60_000, resumableMs: 24 * 3600_000 },
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    mediationVideoUrl: env.MEDIATION_VIDEO_URL ?? '/#/subpackages/mediation/pages/video/index?room={room}',
    serviceSigning: signing,
    checkpointDir: env.CHECKPOINT_DIR || (nodeEnv === 'test' ? null : path.join(root, 'data', 'checkpoints')),
    notify,
    storage: store,
    redisUrl: env.REDIS_URL || undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
  }
}
