import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

const ROOT = path.resolve(__dirname, '..')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The weak rural link of issue 13: 250 kbps each way, 400 ms latency (Chromium's own throttling). */
export const WEAK_LINK = { latencyMs: 400, kbps: 250 }

export interface H5Server {
  baseUrl: string
  close(): Promise<void>
}

/** Starts the real server (tsx server/server.ts) on a throwaway SQLite file, serving `h5Dir` as built. */
export async function startH5Server(h5Dir = path.join(ROOT, 'dist/h5')): Promise<H5Server> {
  if (!fs.existsSync(path.join(h5Dir, 'index.html'))) throw new Error(`${h5Dir} is missing: run \`npm run build:h5\` first.`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-h5load-'))
  const port = 43000 + Math.floor(Math.random() * 2000)
  let output = ''
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SQLITE_PATH: path.join(dir, 'court.db'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      SERVICE_SIGNING_KEY_FILE: path.join(dir, 'service-signing-key.pem'),
      CHECKPOINT_DIR: path.join(dir, 'checkpoints'),
      AUTH_DEV_LOGIN: '1',
      LOG_LEVEL: 'warn',
      STATIC_DIR: h5Dir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  const until = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    if (Date.now() > until) {
      child.kill('SIGTERM')
      throw new Error(`server did not become healthy:\n${output}`)
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseUrl,
    close: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface LoadResult {
  /** From navigation start until the ready element is visible. */
  ms: number
  /** Bytes on the wire (compressed sizes, headers included). */
  bytes: number
  requests: number
}

/**
 * One cold load over the weak link: a fresh browser profile (new context), the HTTP cache
 * disabled, no service worker (a first visit has none), Chromium's network throttling set
 * through CDP. Ready means the element `readySelector` is visible, i.e. the screen can be used.
 *
 * @param session a sign-in to put in the phone's storage first (the filing form needs one)
 */
export async function coldLoad(browser: Browser, url: string, readySelector: string, session?: { token: string; user: unknown }): Promise<LoadResult> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  })
  try {
    if (session) {
      await context.addInitScript((s) => localStorage.setItem('court.session', JSON.stringify({ data: s })), session)
    }
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const bytesPerSecond = (WEAK_LINK.kbps * 1000) / 8
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: WEAK_LINK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    })
    let bytes = 0
    let requests = 0
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength
      requests += 1
    })
    const started = Date.now()
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 })
    await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: 120_000 })
    const ms = Date.now() - started
    return { ms, bytes, requests }
  } finally {
    await context.close()
  }
}

/** Signs in a demo litigant through the API and opens a filing draft for her: what the form page needs. */
export async function draftForForm(baseUrl: string): Promise<{ session: { token: string; user: unknown }; url: string }> {
  const login = (await (
    await fetch(`${baseUrl}/api/v1/auth/dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'd-zhang-guilan' }),
    })
  ).json()) as { token: string; user: unknown }
  const res = await fetch(`${baseUrl}/api/v1/filings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
    body: JSON.stringify({ kind: 'civil-first', courtId: 'c-ergun' }),
  })
  const { id } = (await res.json()) as { id: string }
  return { session: login, url: `${baseUrl}/#/subpackages/filing/pages/form/index?id=${id}` }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
