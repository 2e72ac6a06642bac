import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet, { type HelmetOptions } from 'helmet'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/** Query parameters that open something by themselves: never written to a log. */
const SECRET_PARAMS = /([?&](?:access_token|token|sig|signature)=)[^&#]*/gi

/** The URL with any token or link signature in its query replaced, so a log line cannot be replayed. */
export const redactUrl = (url: string): string => url.replace(SECRET_PARAMS, '$1[redacted]')

/** Fastify's request log fields, with the URL redacted. */
export const requestSerializer = (req: FastifyRequest) => ({
  method: req.method,
  url: redactUrl(req.url),
  host: req.host,
  remoteAddress: req.ip,
  remotePort: req.socket?.remotePort,
})

/**
 * The built H5 page starts with a small inline script of Taro's (the rem sizing). Rather than
 * allow every inline script, the policy allows exactly those the build contains, by hash.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => m[1].length > 0)
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
}

/**
 * Taro's H5 tab bar renders its tabs as `<a href="javascript:;">` (a no-op link with a click
 * handler). Following it is a script run, so the policy allows exactly that one no-op by hash
 * ('unsafe-hashes' extends hashes, and only the listed ones, to such links and handlers).
 */
const TARO_NOOP_LINK = `'sha256-${createHash('sha256').update('javascript:;').digest('base64')}'`

/**
 * The headers helmet sets for these options. The policy is the same for every response, so it is
 * worked out once at start-up rather than by running helmet's middleware on every request (a fifth
 * of a case read's time when it did).
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  }
  let failed: unknown = null
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => void (failed = err ?? null))
  if (failed) throw failed
  return headers
}

/**
 * Security headers on every response, errors and the H5 app included: a Content-Security-Policy
 * the app runs under (same-origin scripts and API calls; blob: and data: for photos picked,
 * previewed and uploaded; inline styles, which Taro's components set), no framing, `nosniff`,
 * no referrer (a file link must not travel in one), and HSTS in production.
 */
export const securityPlugin = fp(async (app: FastifyInstance) => {
  const production = app.config.nodeEnv === 'production'
  const index = path.join(app.config.staticDir, 'index.html')
  const scriptHashes = fs.existsSync(index) ? inlineScriptHashes(fs.readFileSync(index, 'utf8')) : []
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...scriptHashes, "'unsafe-hashes'", TARO_NOOP_LINK],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'blob:', 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  })
  // Set first thing, so a refusal or an error carries them as every other reply does.
  app.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers)
    done()
  })
})
