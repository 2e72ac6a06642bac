import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { CDPSession, Page, Request } from 'playwright-core'
import { fill, signInAsDemo, startJourney, type Journey } from './harness'

/**
 * A farmer on a weak rural link (250 kbps each way, 400 ms latency) attaches an ordinary 5 MB phone
 * photo to her evidence and the signal drops once in the middle. One tap on 拍照或选照片 is all she
 * does: the photo is shrunk on the phone, sent in chunks, waits out the drop, and goes on from the
 * last byte the server had. The server ends with exactly one file and no temporary one.
 */

let j: Journey
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-upload-'))
const photo = path.join(dir, '手机照片.jpg')
const KBPS = 250
const WEAK = { offline: false, latency: 400, downloadThroughput: (KBPS * 1000) / 8, uploadThroughput: (KBPS * 1000) / 8 }

beforeAll(async () => {
  j = await startJourney('upload')
  // A phone camera's 4000 × 3000 photo: smooth light with sensor noise, saved as a camera does (quality 0.92), ≈5 MB.
  await j.page.goto(`${j.baseUrl}/`)
  const base64 = await j.page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 4000
    canvas.height = 3000
    const ctx = canvas.getContext('2d')!
    const img = ctx.createImageData(4000, 3000)
    let seed = 12345
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1
    // Detail a few pixels across (what survives the shrink to 1600 px, like leaves or print) and finer sensor noise.
    const grain = Float32Array.from({ length: Math.ceil(4000 / 3) * 1000 }, () => rnd() * 30)
    for (let y = 0; y < 3000; y++) {
      for (let x = 0; x < 4000; x++) {
        const i = (y * 4000 + x) * 4
        const n = grain[Math.floor(y / 3) * Math.ceil(4000 / 3) + Math.floor(x / 3)] + rnd() * 8
        img.data[i] = 120 + 80 * Math.sin(x / 300) + n
        img.data[i + 1] = 140 + 60 * Math.cos(y / 250) + n
        img.data[i + 2] = 90 + 50 * Math.sin((x + y) / 400) + n
        img.data[i + 3] = 255
      }
    }
    ctx.putImageData(img, 0, 0)
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.92))
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let s = ''
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(s)
  })
  fs.writeFileSync(photo, Buffer.from(base64, 'base64'))
}, 180_000)
afterAll(async () => {
  await j?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const next = async (page: Page, title: string) => {
  await page.locator('#next-step').click()
  await page.getByText(title).first().waitFor()
}

const tusLeft = () => {
  const tus = path.join(j.dataDir, 'uploads', 'tus')
  return fs.existsSync(tus) ? fs.readdirSync(tus) : []
}

describe('a 5 MB phone photo over a weak link with a drop in the middle', () => {
  it('reaches the server in one user action, once, with nothing left over', async () => {
    const p = j.page
    const original = fs.statSync(photo).size
    expect(original).toBeGreaterThan(4.5 * 1024 * 1024)

    await signInAsDemo(j, 'd-zhang-guilan')
    await p.locator('#tile-filing').click()
    await p.locator('#start-filing').click()
    await p.getByText('第1步，共5步：当事人').waitFor()
    await p.locator('#add-defendant').click()
    await fill(p, 'field-p1-name', '王建国')
    await fill(p, 'field-p1-idNumber', '150784197209150019')
    await fill(p, 'field-p1-mobile', '13847005678')
    await fill(p, 'field-p1-address', '额尔古纳市三河回族乡')
    await next(p, '第2步，共5步：请求和事实')
    await p.locator('#add-claim').click()
    await fill(p, 'claim-0-text', '判令被告支付小麦货款')
    await fill(p, 'field-claim-0-amount', '86500')
    await fill(p, 'facts', '2025年9月我卖给被告小麦20吨，说好收货后一个月内付款，到现在也没给钱。')
    await next(p, '第3步，共5步：证据')
    await p.locator('#add-evidence').click()
    await fill(p, 'field-ev0-name', '收条')
    await fill(p, 'field-ev0-proves', '被告收到小麦20吨')

    // From here on the phone is on a weak rural link.
    const cdp: CDPSession = await p.context().newCDPSession(p)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', WEAK)
    const chunks: Request[] = []
    p.on('request', (r) => {
      if (/\/api\/v1\/uploads/.test(r.url())) chunks.push(r)
    })

    // The one user action: pick the photo.
    const started = Date.now()
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.locator('#ev0-photo').click()])
    await chooser.setFiles(photo)
    await p.getByText(/已发送 .+ \/ 共 .+/).waitFor()
    const total = await p.locator('.upload-progress').first().textContent()
    await j.shot('sending')

    // The signal drops in the middle of the photo — once 120 KB of it are on the server, part way
    // through the first chunk — and comes back 6 s later.
    const received = () => {
      const data = tusLeft().find((n) => !n.endsWith('.json'))
      return data ? fs.statSync(path.join(j.dataDir, 'uploads', 'tus', data)).size : 0
    }
    const until = Date.now() + 90_000
    while (received() < 120 * 1024 && Date.now() < until) await p.waitForTimeout(100)
    const atDrop = received()
    expect(atDrop).toBeGreaterThanOrEqual(120 * 1024)
    const droppedAt = Date.now() - started
    await cdp.send('Network.emulateNetworkConditions', { ...WEAK, offline: true })
    await p.getByText('信号不好，已传的部分保存在服务器上，恢复后自动接着传').waitFor({ timeout: 30_000 })
    await j.shot('waiting-for-signal')
    expect(tusLeft().length).toBe(2)
    const kept = received()
    await p.waitForTimeout(6000)
    await cdp.send('Network.emulateNetworkConditions', WEAK)

    await p.getByText(/手机照片\.jpg（\d+KB）/).waitFor({ timeout: 120_000 })
    const seconds = (Date.now() - started) / 1000
    await j.shot('sent')
    // One action: the user never had to press 重新上传.
    expect(await p.getByText('重新上传').count()).toBe(0)

    const db = new Database(path.join(j.dataDir, 'court.db'), { readonly: true })
    const rows = db.prepare(`select id, size, mime, sha256 from files where owner_id = 'd-zhang-guilan'`).all() as Array<{
      id: string
      size: number
      mime: string
      sha256: string
    }>
    db.close()
    expect(rows).toHaveLength(1)
    expect(rows[0].mime).toBe('image/jpeg')
    expect(rows[0].size).toBeLessThanOrEqual(600 * 1024)
    // The object store keeps the bytes once, named by their SHA-256.
    expect(fs.readdirSync(path.join(j.dataDir, 'uploads', 'files'))).toEqual([rows[0].sha256])
    expect(tusLeft()).toEqual([])

    // Bytes each chunk delivered, as the server acknowledged them (Upload-Offset before and after); the chunk the drop cut has no reply.
    let acknowledged = 0
    let cut = 0
    for (const r of chunks.filter((c) => c.method() === 'PATCH')) {
      const res = await r.response().catch(() => null)
      const after = Number(res?.headers()['upload-offset'] ?? NaN)
      if (Number.isFinite(after)) acknowledged += after - Number(r.headers()['upload-offset'])
      else cut++
    }
    const methods = chunks.map((r) => r.method())
    expect(methods.filter((m) => m === 'POST')).toHaveLength(1)
    expect(methods).toContain('HEAD')
    // Nothing the server had was sent again: the acknowledged chunks and what the cut one left add up to the photo.
    expect(cut).toBe(1)
    expect(acknowledged + kept).toBe(rows[0].size)
    console.log(
      `upload over ${KBPS} kbps / 400 ms with one drop: original ${(original / 1024 / 1024).toFixed(2)} MB, sent as ${(rows[0].size / 1024).toFixed(0)} KB ` +
        `(${total?.trim()}), ${methods.length} requests (${methods.join(' ')}), ${(acknowledged / 1024).toFixed(0)} KB acknowledged after the drop, ` +
        `drop at ${(droppedAt / 1000).toFixed(1)} s with ${(atDrop / 1024).toFixed(0)} KB on the server (${(kept / 1024).toFixed(0)} KB kept through the drop), done in ${seconds.toFixed(1)} s`,
    )
  }, 300_000)
})
