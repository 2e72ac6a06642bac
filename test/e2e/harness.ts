import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

const ROOT = path.resolve(__dirname, '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SHOTS = path.join(ROOT, 'test/e2e/screenshots')

export interface Journey {
  baseUrl: string
  browser: Browser
  page: Page
  shot(name: string): Promise<void>
  close(): Promise<void>
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server did not become healthy:\n${log()}`)
}

/**
 * Starts the real server (as `npm start` does, on a fresh SQLite file, serving dist/h5)
 * and a phone-sized Chromium. Fails loudly when Chromium or the H5 build is missing.
 */
export async function startJourney(name: string): Promise<Journey> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`)
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/h5/index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first.')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `court-e2e-${name}-`))
  const port = 41000 + Math.floor(Math.random() * 2000)
  let output = ''
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SQLITE_PATH: path.join(dir, 'court.db'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      AUTH_DEV_LOGIN: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealth(baseUrl, child, () => output).catch((err: unknown) => {
    child.kill('SIGTERM')
    throw err
  })

  const browser = await chromium.launch({
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
    // launch() gives every run a fresh, empty profile of its own.
  }).catch((err: unknown) => {
    child.kill('SIGTERM')
    throw err
  })
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const page = await context.newPage()
  fs.mkdirSync(SHOTS, { recursive: true })
  let n = 0
  return {
    baseUrl,
    browser,
    page,
    shot: async (label) => {
      n += 1
      await page.waitForTimeout(650)
      await page.screenshot({ path: path.join(SHOTS, `${name}-${String(n).padStart(2, '0')}-${label}.png`) })
    },
    close: async () => {
      await browser.close()
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Signs in as a seeded demo litigant through the login page, as a user would. */
export async function signInAsDemo(j: Journey, userId: string): Promise<void> {
  await j.page.goto(`${j.baseUrl}/#/pages/login/index`)
  await j.page.locator(`#demo-${userId}`).click()
  await j.page.waitForURL(/pages\/index\/index/)
}

/** Signs in as court staff with account and password. */
export async function signInAsStaff(j: Journey, account: string, password = 'demo1234'): Promise<void> {
  await j.page.goto(`${j.baseUrl}/#/pages/login/index`)
  await j.page.locator('#field-account input, input#field-account').first().fill(account)
  await j.page.locator('#field-password input, input#field-password').first().fill(password)
  await j.page.locator('#staff-submit').click()
  await j.page.waitForURL(/pages\/index\/index/)
}
