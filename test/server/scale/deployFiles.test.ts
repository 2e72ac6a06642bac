import { execFileSync, spawnSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { loadConfig } from '../../../server/config'

/**
 * The operator's files — compose.yaml, ops/nginx.conf, the Dockerfile — are documentation no test
 * starts, so they are checked here against what the server really reads and serves: a variable
 * the server does not know, a process missing from the balancer or a config nginx refuses fails.
 */
const root = path.resolve(__dirname, '../../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

/** Every variable server/config.ts reads (the README's table is checked against the same list). */
const known = new Set([...read('server/config.ts').matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))

interface Service {
  environment?: Record<string, string>
  volumes?: string[]
  depends_on?: Record<string, unknown>
  image?: string
  build?: string
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> }
const apps = Object.entries(compose.services).filter(([, s]) => s.build !== undefined)

/** `${X:?message}` and `${X:-default}` as compose fills them from the operator's environment. */
function substitute(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (given[name] !== undefined) return given[name]
    if (kind === '-') return rest ?? ''
    throw new Error(`${name} is required by compose.yaml: ${rest}`)
  })
}

/** nginx's grammar, enough to read a config: directives end with `;`, blocks are `{ … }`, `#` comments. */
interface Directive {
  name: string
  args: string[]
  block?: Directive[]
}
function parseNginx(text: string): Directive[] {
  const tokens = [...text.replace(/#[^\n]*/g, '').matchAll(/'[^']*'|"[^"]*"|[{};]|[^\s{};]+/g)].map((m) => m[0])
  let i = 0
  const list = (): Directive[] => {
    const out: Directive[] = []
    while (i < tokens.length && tokens[i] !== '}') {
      const words: string[] = []
      while (i < tokens.length && !['{', ';', '}'].includes(tokens[i])) words.push(tokens[i++])
      if (tokens[i] === '}' || i >= tokens.length) throw new Error(`unterminated directive: ${words.join(' ')}`)
      const [name, ...args] = words
      if (tokens[i++] === ';') out.push({ name, args })
      else {
        const block = list()
        if (tokens[i++] !== '}') throw new Error(`block ${name} is not closed`)
        out.push({ name, args, block })
      }
    }
    return out
  }
  const tree = list()
  if (i !== tokens.length) throw new Error('a } closes nothing')
  return tree
}
const nginxText = read('ops/nginx.conf')
const nginx = parseNginx(nginxText)
const http = nginx.find((d) => d.name === 'http')!.block!
const upstream = (name: string) => http.find((d) => d.name === 'upstream' && d.args[0] === name)!.block!
const tls = http.find((d) => d.name === 'server' && d.block!.some((x) => x.name === 'listen' && x.args.includes('ssl')))!.block!
const location = (...args: string[]) => tls.find((d) => d.name === 'location' && d.args.join(' ') === args.join(' '))?.block

describe('compose.yaml', () => {
  it('runs two API processes beside PostgreSQL, Redis, an S3 server and nginx', () => {
    expect(apps.map(([name]) => name).sort()).toEqual(['app1', 'app2'])
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'minio', 'nginx']))
    expect(compose.services.nginx.volumes).toContain('./ops/nginx.conf:/etc/nginx/nginx.conf:ro')
  })

  it('gives the API processes only variables the server reads, and the ones several processes need', () => {
    for (const [, app] of apps) {
      const names = Object.keys(app.environment ?? {})
      expect(names.filter((n) => !known.has(n))).toEqual([])
      expect(names).toEqual(
        expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'STORAGE', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'TRUST_PROXY']),
      )
    }
    expect(apps[0][1].environment).toEqual(apps[1][1].environment)
  })

  it('is a configuration the server accepts in production, once the operator’s secrets are filled in', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-compose-'))
    try {
      const keyFile = path.join(dir, 'service-signing-key.pem')
      fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }))
      const operator = {
        POSTGRES_PASSWORD: 'pg-secret',
        JWT_SECRET: randomBytes(32).toString('base64'),
        WECHAT_APPID: 'wx0123456789abcdef',
        WECHAT_SECRET: 'wechat-secret',
        S3_SECRET_ACCESS_KEY: 'minio-secret',
      }
      const env = Object.fromEntries(Object.entries(apps[0][1].environment!).map(([k, v]) => [k, substitute(String(v), operator)]))
      const config = loadConfig({ ...env, SERVICE_SIGNING_KEY_FILE: keyFile })
      expect(config.nodeEnv).toBe('production')
      expect(config.storage).toMatchObject({ kind: 's3', bucket: 'court-evidence', forcePathStyle: true })
      expect(config.redisUrl).toBe('redis://redis:6379')
      expect(config.trustProxy).toBe(1)
      expect(config.databaseUrl).toMatch(/@postgres:5432\//)
      expect(() => substitute(apps[0][1].environment!.JWT_SECRET, {})).toThrow(/JWT_SECRET/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('mounts one volume at UPLOAD_DIR in every API process (resumable-upload pieces are shared)', () => {
    const mounts = apps.map(([, app]) => app.volumes!.find((v) => v.endsWith(`:${app.environment!.UPLOAD_DIR}`)))
    expect(mounts[0]).toBeDefined()
    expect(mounts).toEqual([mounts[0], mounts[0]])
    expect(Object.keys(compose.volumes)).toContain(mounts[0]!.split(':')[0])
  })
})

describe('ops/nginx.conf', () => {
  it('balances the compose file’s API processes on the port they listen on', () => {
    const port = apps[0][1].environment!.PORT
    const servers = (name: string) =>
      upstream(name)
        .filter((d) => d.name === 'server')
        .map((d) => d.args[0])
    expect(servers('court_api').sort()).toEqual(apps.map(([name]) => `${name}:${port}`).sort())
    expect(servers('court_api_uploads')).toEqual(servers('court_api'))
  })

  it('sends every chunk of one resumable upload to one process, chosen by the upload id in the URL', () => {
    expect(upstream('court_api_uploads').find((d) => d.name === 'hash')?.args).toEqual(['$court_upload_id', 'consistent'])
    const map = http.find((d) => d.name === 'map' && d.args[1] === '$court_upload_id')!
    expect(map.args[0]).toBe('$uri')
    const pattern = map.block!.find((d) => d.name.startsWith('~'))!
    const id = 'b5a0c1e2-3f44-4a55-9b66-0123456789ab'
    expect(new RegExp(pattern.name.slice(1)).exec(`/api/v1/uploads/${id}`)?.groups?.upload).toBe(id)
    const uploads = location('/api/v1/uploads/')!
    expect(uploads.find((d) => d.name === 'proxy_pass')?.args).toEqual(['http://court_api_uploads'])
    expect(uploads.find((d) => d.name === 'proxy_request_buffering')?.args).toEqual(['off'])
  })

  it('ends HTTPS, passes a request id and the client address, takes a 20 MB photo, and keeps /metrics private', () => {
    const value = (name: string) => tls.find((d) => d.name === name)?.args
    const header = (name: string) => tls.find((d) => d.name === 'proxy_set_header' && d.args[0] === name)?.args[1]
    expect(value('listen')).toEqual(expect.arrayContaining(['443', 'ssl']))
    expect(value('ssl_certificate')).toBeDefined()
    expect(header('X-Request-Id')).toBe('$court_request_id')
    expect(header('X-Forwarded-For')).toBe('$remote_addr')
    const size = value('client_max_body_size')![0]
    expect(Number(size.replace(/m$/, '')) * 1024 * 1024).toBeGreaterThan(20 * 1024 * 1024)
    expect(location('=', '/metrics')?.find((d) => d.name === 'return')?.args).toEqual(['404'])
    expect(location('/api/health/')?.find((d) => d.name === 'proxy_pass')?.args).toEqual(['http://court_api'])
  })

  it('is accepted by nginx -t (Debian nginx; CI installs it)', () => {
    const which = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' })
    const bin = which.stdout.trim().split('\n')[0]
    if (which.status !== 0 || !bin) throw new Error('nginx is not installed (apt-get install nginx-light): the config cannot be checked')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-nginx-'))
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', `${dir}/court.key`, '-out', `${dir}/court.crt`],
        {
          stdio: 'ignore',
        },
      )
      // The compose services' host names exist only inside compose's network; the certificate is a placeholder.
      const local = nginxText
        .replace(/server (app\d+):/g, 'server 127.0.0.1:')
        .replace(/\/etc\/nginx\/certs\//g, `${dir}/`)
        .replace(/\/var\/log\/nginx\//g, `${dir}/`)
      fs.writeFileSync(path.join(dir, 'nginx.conf'), local)
      const run = spawnSync(bin, ['-t', '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', `pid ${dir}/nginx.pid;`], { encoding: 'utf8' })
      expect(run.stderr).toMatch(/syntax is ok/)
      expect(run.status).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('Dockerfile', () => {
  const docker = read('Dockerfile')
  it('builds the compiled server, runs what npm run serve runs, as a user that is not root, probed on liveness', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node
    const from = [...docker.matchAll(/^FROM node:(\d+)-slim/gm)].map((m) => Number(m[1]))
    expect(from.length).toBeGreaterThan(0)
    expect(from.every((major) => engines.includes(`>=${major}`))).toBe(true)
    expect(docker).toMatch(/npm install --omit=dev/)
    expect(docker).toMatch(/npm run build:server/)
    const serve = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.serve.replace(/^node /, '')
    expect(docker).toContain(`CMD ["node", "${serve}"]`)
    const user = [...docker.matchAll(/^USER (\S+)/gm)].map((m) => m[1])
    expect(user.at(-1)).toBeDefined()
    expect(user.at(-1)).not.toBe('root')
    expect(docker).toMatch(/^HEALTHCHECK .*\/api\/health\/live/m)
  })
})
