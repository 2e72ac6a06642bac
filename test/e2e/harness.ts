import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { chromium, type Browser, type Page } from 'playwright-core'

const ROOT = path.resolve(__dirname, '../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SHOTS = path.join(ROOT, 'test/e2e/screenshots')

export interface Journey {
  baseUrl: string
  /** The journey server's own folder: its SQLite file (court.db) and its uploads (uploads/files, uploads/tus). */
  dataDir: string
  browser: Browser
  page: Page
  /** A second phone: its own browser context, so its own sign-in. */
  newPhone(): Promise<Page>
  shot(name: string, page?: Page): Promise<void>
  /**
   * The newest SMS the development notifier wrote to this number (its outbox in the journey's own
   * database file), as a phone would receive it; null when none. Read from the test side only, so
   * nothing in the server shows sent messages to anyone.
   */
  lastSms(to: string, template?: string): string | null
  close(): Promise<void>
}

/** Types into a Taro Input or Textarea by its id (H5 renders a custom element around the native field). */
export async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id} input, input#${id}, #${id} textarea, textarea#${id}`).first().fill(value)
}

/** Taps the button with this id and answers the file chooser it opens with the file, as a phone's picker would. */
export async function chooseFile(page: Page, buttonId: string, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(`#${buttonId}`).click()])
  await chooser.setFiles(file)
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // Generous: the demo enforcement seed builds its cases through the real routes before listening, slow on a loaded machine.
  const until = Date.now() + 180_000
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

/** Runs a seed script as its npm script would, failing with its output when it fails. */
function runSeed(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = ''
    const seed = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    seed.stdout?.on('data', (d) => (out += d))
    seed.stderr?.on('data', (d) => (out += d))
    seed.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} failed (${code}):\n${out}`))))
  })
}

/**
 * Starts the real server (as `npm start` does, on a fresh SQLite file, serving dist/h5)
 * and a phone-sized Chromium. Fails loudly when Chromium or the H5 build is missing.
 */
export async function startJourney(name: string, opts: { enforcementDemo?: boolean; ordos?: boolean } = {}): Promise<Journey> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`)
  }
  const h5 = process.env.H5_DIST ?? path.join(ROOT, 'dist/h5')
  if (!fs.existsSync(path.join(h5, 'index.html'))) throw new Error(`${h5} is missing: run \`npm run build:h5\` first.`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `court-e2e-${name}-`))
  const port = 41000 + Math.floor(Math.random() * 2000)
  let output = ''
  const sqlitePath = path.join(dir, 'court.db')
  // 鄂尔多斯's synthetic year goes in as `npm run seed:ordos` puts it, before the server opens the file.
  if (opts.ordos) await runSeed('server/seed/ordosSeed.ts', { SQLITE_PATH: sqlitePath, DATABASE_URL: '' })
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      // The enforcement demo cases take seconds to build and change 张桂兰's lists; journeys about them ask for them.
      SEED_DEMO_ENFORCEMENT: opts.enforcementDemo ? '1' : (process.env.SEED_DEMO_ENFORCEMENT ?? '0'),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SQLITE_PATH: sqlitePath,
      UPLOAD_DIR: path.join(dir, 'uploads'),
      // The journey's own signing key (made on first start, as in development) and checkpoint, beside its database.
      SERVICE_SIGNING_KEY_FILE: path.join(dir, 'service-signing-key.pem'),
      CHECKPOINT_DIR: path.join(dir, 'checkpoints'),
      AUTH_DEV_LOGIN: '1',
      LOG_LEVEL: 'warn',
      STATIC_DIR: h5,
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

  const browser = await chromium
    .launch({
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
    })
    .catch((err: unknown) => {
      child.kill('SIGTERM')
      throw err
    })
  // Anything the Content-Security-Policy blocks is a broken app: every journey fails on it at close.
  const blocked: string[] = []
  const phone = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    context.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text())
    })
    return context.newPage()
  }
  const page = await phone()
  fs.mkdirSync(SHOTS, { recursive: true })
  let n = 0
  return {
    baseUrl,
    dataDir: dir,
    browser,
    page,
    newPhone: phone,
    lastSms: (to, template) => {
      const db = new Database(path.join(dir, 'court.db'), { readonly: true, fileMustExist: true })
      try {
        const row = db
          .prepare(
            `select text from notify_outbox where channel = 'sms' and recipient = ? and (? is null or template = ?) order by created_at desc, id desc limit 1`,
          )
          .get(to, template ?? null, template ?? null) as { text: string } | undefined
        return row?.text ?? null
      } finally {
        db.close()
      }
    },
    shot: async (label, on = page) => {
      n += 1
      await on.waitForTimeout(650)
      await on.screenshot({ path: path.join(SHOTS, `${name}-${String(n).padStart(2, '0')}-${label}.png`) })
    },
    close: async () => {
      await browser.close()
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dir, { recursive: true, force: true })
      if (blocked.length > 0) throw new Error(`The Content-Security-Policy blocked part of the app:\n${blocked.join('\n')}`)
    },
  }
}

/** Signs in as a seeded demo litigant through the login page, as a user would. */
export async function signInAsDemo(j: Journey, userId: string, page: Page = j.page): Promise<void> {
  await page.goto(`${j.baseUrl}/#/pages/login/index`)
  await page.locator(`#demo-${userId}`).click()
  await page.waitForURL(/pages\/index\/index/)
}

/** Signs in as court staff with account and password. */
export async function signInAsStaff(j: Journey, account: string, password = 'demo1234', page: Page = j.page): Promise<void> {
  await page.goto(`${j.baseUrl}/#/pages/login/index`)
  await fill(page, 'field-account', account)
  await fill(page, 'field-password', password)
  await page.locator('#staff-submit').click()
  await page.waitForURL(/pages\/index\/index/)
}

/** Calls the journey's server directly, for setup that is not the point of a journey. */
export async function callApi<T>(j: Journey, method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${j.baseUrl}/api/v1${url}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A case made through the API (filing has its own journey): 张桂兰 sues 王建国 for a wheat sale; 王立新法官 accepts it. */
export async function acceptedCaseViaApi(j: Journey, complaint: object) {
  const plaintiffToken = (await callApi<{ token: string }>(j, 'POST', '/auth/dev', null, { userId: 'd-zhang-guilan' })).token
  const judgeToken = (await callApi<{ token: string }>(j, 'POST', '/auth/staff', null, { account: 'judge.wang', password: 'demo1234' })).token
  const { id } = await callApi<{ id: string }>(j, 'POST', '/filings', plaintiffToken, { kind: 'civil-first', courtId: 'c-ergun' })
  await callApi(j, 'PUT', `/filings/${id}/draft`, plaintiffToken, complaint)
  await callApi(j, 'POST', `/filings/${id}/submit`, plaintiffToken)
  const accepted = await callApi<{ caseNumber: string }>(j, 'POST', `/review/filings/${id}/accept`, judgeToken, {
    procedure: 'simple',
    judgeId: 's-judge-wang',
  })
  return { id, caseNumber: accepted.caseNumber, plaintiffToken, judgeToken }
}

/**
 * Opens a page as a fresh start (as from a WeChat message link): a hash change alone can leave
 * the previous page stack, with hidden copies of a page, in the H5 document.
 */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.reload()
}
