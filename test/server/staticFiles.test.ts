import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { cacheControlFor } from '../../server/plugins/staticFiles'
import { makeApp, type TestApp } from './helpers'

// A small stand-in for dist/h5: the shell, the service worker, a hashed bundle with its build-time copies, and a file without copies.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-static-'))
const bundle = `/* app */ ${'console.log("移动微法院");\n'.repeat(400)}`
const html = `<!DOCTYPE html><html><head><title>移动微法院</title></head><body><div id="app"></div>${'<!-- shell -->'.repeat(100)}</body></html>`
fs.mkdirSync(path.join(dir, 'js'))
fs.mkdirSync(path.join(dir, 'css'))
fs.writeFileSync(path.join(dir, 'index.html'), html)
fs.writeFileSync(path.join(dir, 'index.html.br'), zlib.brotliCompressSync(html))
fs.writeFileSync(path.join(dir, 'index.html.gz'), zlib.gzipSync(html))
fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
fs.writeFileSync(path.join(dir, 'js/app.1a2b3c4d.js'), bundle)
fs.writeFileSync(path.join(dir, 'js/app.1a2b3c4d.js.br'), zlib.brotliCompressSync(bundle))
fs.writeFileSync(path.join(dir, 'js/app.1a2b3c4d.js.gz'), zlib.gzipSync(bundle))
const css = `.page { padding: 24px; }\n`.repeat(200)
fs.writeFileSync(path.join(dir, 'css/app.0123456789abcdef0123.css'), css)

let t: TestApp
beforeAll(async () => {
  t = await makeApp({ STATIC_DIR: dir })
}, 30_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const get = (url: string, encoding?: string) => t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} })

describe('the H5 files over a weak link', () => {
  it('sends the build-time brotli copy of a hashed bundle, cached for a year and never revalidated', async () => {
    const res = await get('/js/app.1a2b3c4d.js', 'br, gzip')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers.vary).toMatch(/accept-encoding/i)
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(bundle)
    expect(res.rawPayload.length).toBeLessThan(bundle.length / 5)
  })

  it('sends the gzip copy to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await get('/js/app.1a2b3c4d.js', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(bundle)
    const plain = await get('/js/app.1a2b3c4d.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(bundle)
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('compresses on the fly a file the build left without copies', async () => {
    const res = await get('/css/app.0123456789abcdef0123.css', 'gzip')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(css)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('makes the browser revalidate the app page every time, compressed, at / and by name', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await get(url, 'br')
      expect(res.statusCode).toBe(200)
      expect(res.headers['cache-control']).toBe('no-cache')
      expect(res.headers['content-encoding']).toBe('br')
      expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(html)
    }
  })

  it('makes the browser check the service worker at every start, so an update is found', async () => {
    const res = await get('/sw.js', 'br, gzip')
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['content-type']).toMatch(/javascript/)
  })

  it('leaves API replies as they were: not compressed by the static part', async () => {
    const res = await get('/api/v1/courts', 'br, gzip')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers['cache-control']).not.toBe('public, max-age=31536000, immutable')
  })
})

describe('the cache rule of a file name', () => {
  it.each([
    ['js/app.1a2b3c4d.js', 'public, max-age=31536000, immutable'],
    ['js/app.1a2b3c4d.js.br', 'public, max-age=31536000, immutable'],
    ['css/app.0123456789abcdef0123.css.gz', 'public, max-age=31536000, immutable'],
    ['static/images/logo.5f3e2a1b.png', 'public, max-age=31536000, immutable'],
    ['index.html', 'no-cache'],
    ['index.html.br', 'no-cache'],
    ['sw.js', 'no-cache'],
    ['favicon.ico', 'no-cache'],
  ])('%s → %s', (file, rule) => {
    expect(cacheControlFor(`/srv/h5/${file}`)).toBe(rule)
  })
})
