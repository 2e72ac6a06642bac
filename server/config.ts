import path from 'node:path'

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
  seedDemo: boolean
  logLevel: string
  /** Online mediation link; `{room}` becomes the booking's code. Defaults to the app's placeholder video page. */
  mediationVideoUrl: string
}

const DEV_SECRET = 'dev-only-secret-change-me-0123456789'

/**
 * Reads and validates the environment once at start. In production a missing secret or
 * an enabled dev login stops the server before it listens, rather than running insecurely.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const nodeEnv: AppConfig['nodeEnv'] = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development'
  const problems: string[] = []
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number, got "${env.PORT}"`)
  const devLogin = env.AUTH_DEV_LOGIN === '1'
  if (nodeEnv === 'production') {
    if (!env.JWT_SECRET || env.JWT_SECRET.length < 32) problems.push('JWT_SECRET (at least 32 characters) is required in production')
    if (devLogin) problems.push('AUTH_DEV_LOGIN=1 is refused in production')
    if (!env.WECHAT_APPID || !env.WECHAT_SECRET) problems.push('WECHAT_APPID and WECHAT_SECRET are required in production')
  }
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) problems.push('DATABASE_URL must be a postgres:// URL')
  if (problems.length > 0) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`)
  const root = path.resolve(__dirname, '..')
  return {
    nodeEnv,
    host: env.HOST ?? '0.0.0.0',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH ?? path.join(root, 'data', 'court.db'),
    jwtSecret: env.JWT_SECRET ?? DEV_SECRET,
    devLogin,
    wechat: { appId: env.WECHAT_APPID, secret: env.WECHAT_SECRET },
    uploadDir: env.UPLOAD_DIR ?? path.join(root, 'data', 'uploads'),
    staticDir: env.STATIC_DIR ?? path.join(root, 'dist', 'h5'),
    seedDemo: env.SEED_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    mediationVideoUrl: env.MEDIATION_VIDEO_URL ?? '/#/subpackages/mediation/pages/video/index?room={room}',
  }
}
