import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { inlineScriptHashes } from '../../server/plugins/security'
import { fakeWechat, fixedClock, freshStore, makeApp, type TestApp } from './helpers'

const h5 = fs.mkdtempSync(path.join(os.tmpdir(), 'court-h5-'))
const RAM_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window)'
fs.writeFileSync(
  path.join(h5, 'index.html'),
  `<!DOCTYPE html><html><head><script>${RAM_SCRIPT}</script></head><body><div id="app"></div><script src="/js/app.js"></script></body></html>`,
)

let t: TestApp
beforeAll(async () => {
  t = await makeApp({ STATIC_DIR: h5 })
}, 30_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(h5, { recursive: true, force: true })
})

describe('security headers', () => {
  it.each([
    ['a JSON reply', 'GET', '/api/v1/courts', 200],
    ['the H5 page', 'GET', '/', 200],
    ['an unknown path', 'GET', '/api/v1/nothing', 404],
    ['a refusal', 'GET', '/api/v1/me', 401],
    ['bad input', 'POST', '/api/v1/auth/wechat', 400],
  ] as const)('are on %s', async (_label, method, url, status) => {
    const res = await t.app.inject({ method, url, payload: method === 'POST' ? {} : undefined })
    expect(res.statusCode).toBe(status)
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'SAMEORIGIN' })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    // Outside production: no HSTS (a developer's http://localhost must keep working).
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })

  it("allow the H5 build's own inline script by its hash, and no other inline script", async () => {
    const hash = `'sha256-${createHash('sha256').update(RAM_SCRIPT).digest('base64')}'`
    const csp = String((await t.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'])
    const tabLink = `'sha256-${createHash('sha256').update('javascript:;').digest('base64')}'`
    // Taro's tab bar links (href="javascript:;") are the one script-like thing allowed besides the build's own.
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).toBe(`script-src 'self' ${hash} 'unsafe-hashes' ${tabLink}`)
  })

  it.each([
    ['no inline script', '<script src="/a.js"></script>', []],
    ['one', '<script>var a=1</script>', [`'sha256-${createHash('sha256').update('var a=1').digest('base64')}'`]],
    ['an empty one', '<script></script>', []],
  ])('hash %s', (_label, html, expected) => {
    expect(inlineScriptHashes(html)).toEqual(expected)
  })
})

describe('timeouts', () => {
  async function listening(timeouts: { connectionMs: number; requestMs: number; keepAliveMs: number }) {
    const store = await freshStore()
    const config = { ...loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent' }), timeouts }
    const app = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    return {
      port,
      close: async () => {
        await app.close()
        await store.drop()
      },
    }
  }

  /** Sends a request head promising a body, then a byte every `everyMs`; resolves when the server hangs up. */
  function trickle(port: number, everyMs: number): Promise<{ afterMs: number; reply: string }> {
    return new Promise((resolve) => {
      const started = Date.now()
      let reply = ''
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('POST /api/v1/auth/wechat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{')
      })
      const timer = setInterval(() => socket.writable && socket.write(' '), everyMs)
      socket.on('data', (d) => (reply += d.toString()))
      socket.on('error', () => undefined)
      socket.on('close', () => {
        clearInterval(timer)
        resolve({ afterMs: Date.now() - started, reply })
      })
    })
  }

  it('cut off a body that stops coming (socket idle)', async () => {
    const server = await listening({ connectionMs: 400, requestMs: 60_000, keepAliveMs: 400 })
    try {
      const { afterMs } = await trickle(server.port, 60_000)
      expect(afterMs).toBeLessThan(5_000)
    } finally {
      await server.close()
    }
    // Most of it is migrating a fresh database for the app: minutes on a loaded machine, none of it measured.
  }, 120_000)

  it('cut off a body sent a byte at a time, however steadily, once the whole-request limit passes', async () => {
    const server = await listening({ connectionMs: 2_000, requestMs: 1_000, keepAliveMs: 1_000 })
    try {
      const { afterMs, reply } = await trickle(server.port, 100)
      expect(afterMs).toBeLessThan(8_000)
      expect(reply).toMatch(/^HTTP\/1\.1 408/)
    } finally {
      await server.close()
    }
  }, 120_000)

  it('are set for every server: idle 10 s, a whole request 5 minutes, keep-alive 10 s', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).timeouts).toEqual({ connectionMs: 10_000, requestMs: 300_000, keepAliveMs: 10_000 })
  })
})
