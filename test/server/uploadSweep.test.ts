import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { fakeWechat, fixedClock, freshStore, makeApp } from './helpers'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)])
const HOUR_AGO = new Date(Date.now() - 3600_000)

function multipart(content: Buffer) {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

/** What a kill -9 in the middle of uploads leaves: a half-written temporary file, and a stored file whose row was never written. */
function leaveBehind(dir: string, name: string, when = HOUR_AGO) {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, name)
  fs.writeFileSync(file, JPEG)
  fs.utimesSync(file, when, when)
  return file
}

describe('unfinished uploads', () => {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-sweep-'))
  const tmp = path.join(uploadDir, 'tmp')
  const stored = path.join(uploadDir, 'files')
  afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }))

  it('are swept at start; a stored file with its row, and an upload still being written, stay', async () => {
    const store = await freshStore()
    const first = await makeApp({ UPLOAD_DIR: uploadDir }, undefined, store)
    try {
      const { payload, headers } = multipart(JPEG)
      const kept = await first.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...headers, ...(await first.as('d-zhang-guilan')) }, payload })
      expect(kept.statusCode).toBe(201)
      // Objects are named by their content's hash; the row says which one is this file.
      const row = await store.db
        .selectFrom('files')
        .select('storage_name')
        .where('id', '=', kept.json().id as string)
        .executeTakeFirstOrThrow()
      const keptPath = path.join(stored, row.storage_name)
      fs.utimesSync(keptPath, HOUR_AGO, HOUR_AGO)
      const orphans = [leaveBehind(tmp, 'file-killed-1'), leaveBehind(tmp, 'file-killed-2'), leaveBehind(stored, 'file-no-row')]
      const inFlight = leaveBehind(tmp, 'file-being-written', new Date())
      await first.app.close()

      // The process starts again on the same directory and database.
      const again = await makeApp({ UPLOAD_DIR: uploadDir }, undefined, store)
      await again.app.close()
      expect(orphans.filter((f) => fs.existsSync(f))).toEqual([])
      expect(fs.existsSync(keptPath)).toBe(true)
      expect(fs.existsSync(inFlight)).toBe(true)
    } finally {
      await store.drop()
    }
  }, 30_000)

  it('are swept periodically too', async () => {
    const store = await freshStore()
    const config = { ...loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent', UPLOAD_DIR: uploadDir }), uploadSweep: { everyMs: 50, olderThanMs: 60_000 } }
    const app = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store })
    try {
      const orphan = leaveBehind(tmp, 'file-killed-later')
      const until = Date.now() + 5_000
      while (fs.existsSync(orphan) && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
      expect(fs.existsSync(orphan)).toBe(false)
    } finally {
      await app.close()
      await store.drop()
    }
  }, 30_000)
})
