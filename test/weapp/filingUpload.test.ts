/**
 * The compiled filing form's evidence step (第3步：证据) sending a PDF picked from a chat with tus
 * over wx.request, the temp file read a chunk at a time through the file-system manager. When a
 * chunk fails mid-way the upload asks the server how much arrived and sends only the rest; when the
 * phone loses its signal it waits, and wx.onNetworkStatusChange saying the signal is back resumes
 * it without a tap. The server ends up with each file once, byte for byte.
 */
import { fakeTus, pdfBytes, sha256, type ChunkFate, type SeenRequest } from './fakeServer'
import { TOKEN, openFilingForm, wheatSale, type OpenForm } from './filingFlow'
import { tap, until, waitForText, type LaunchedApp, type RenderedPage } from './harness'

/** The app's chunk size (src/subpackages/filing/upload/resumableUpload.ts). */
const CHUNK = 256 * 1024
const draft = wheatSale({ evidence: [{ name: '欠条', proves: '被告欠小麦货款86500元', fileIds: [] }], declaration: false })

let form: OpenForm
let app: LaunchedApp
let page: RenderedPage
let seen: SeenRequest[]
/** What each test makes of a chunk of its upload. */
let fate: (uploadId: string, chunk: number) => ChunkFate = () => undefined
const tus = fakeTus({ token: TOKEN, fate: (id, n) => fate(id, n) })

beforeAll(async () => {
  form = await openFilingForm('f-1', draft, {
    // Last time 张桂兰 got as far as the evidence step; the form opens there again.
    storage: { 'court.filing.f-1': { data: draft, step: 2, savedAt: '2026-12-02T08:00:00.000Z', synced: true } },
    other: tus.handle,
    opensAt: '第3步，共5步：证据',
  })
  ;({ app, page, seen } = form)
  await waitForText(page.dom, ['选择 PDF 文件'], { errors: app.errors })
}, 30000)

afterAll(() => page?.unload())

const uploadRequests = () => app.wx.request.mock.calls.map(([o]) => o).filter((o) => o.url.includes('/uploads'))
/** Each byte the server took in, counted once per time it arrived. */
const bytesArrived = (log: string[]) => log.reduce((n, line) => n + Number(/^patch @\d+ \+(\d+)/.exec(line)?.[1] ?? 0), 0)
const savedFileIds = () => form.server.view.data.evidence[0].fileIds

test('a chunk that fails mid-way is resumed from the byte the server has, and the file arrives once, whole', async () => {
  const bytes = pdfBytes(700_000)
  // The second chunk: 100 KB reach the server, then wx.request reports `fail`.
  fate = (id, n) => (id === 'u1' && n === 2 ? { cut: 'fail', afterBytes: 100 * 1024 } : undefined)
  app.wx.pickMessageFile({ path: 'wxfile://tmp/jietiao.pdf', name: '欠条.pdf', bytes })
  tap(page, '#ev0-pdf')

  await waitForText(page.dom, ['欠条.pdf（684KB）'], { errors: app.errors, timeoutMs: 10000 })
  const up = tus.uploads.get('u1')!
  const resumedAt = CHUNK + 100 * 1024
  expect(up.log).toEqual([
    'create 700000',
    'patch @0 +262144',
    `patch @${CHUNK} +${100 * 1024} (cut)`,
    `head → ${resumedAt}`,
    `patch @${resumedAt} +${CHUNK}`,
    `patch @${resumedAt + CHUNK} +${700_000 - resumedAt - CHUNK}`,
  ])
  // Nothing below the acknowledged offset went again: every byte arrived exactly once.
  expect(bytesArrived(up.log)).toBe(700_000)
  expect(Buffer.from(up.bytes).equals(Buffer.from(bytes))).toBe(true)
  expect(up.filename).toBe('欠条.pdf')
  // The temp file was read a chunk at a time from where each request started, never whole.
  expect(app.wx.files.reads.filter((r) => r.path === 'wxfile://tmp/jietiao.pdf').map((r) => [r.position, r.length])).toEqual([
    [0, CHUNK],
    [CHUNK, CHUNK],
    [resumedAt, CHUNK],
    [resumedAt + CHUNK, 700_000 - resumedAt - CHUNK],
  ])
  // wx.request has no PATCH: chunks go as POST with the override header.
  const chunks = uploadRequests().filter((o) => o.method === 'POST' && o.header?.['X-HTTP-Method-Override'])
  expect(chunks.map((o) => o.header?.['X-HTTP-Method-Override'])).toEqual(['PATCH', 'PATCH', 'PATCH', 'PATCH'])
  expect(uploadRequests().some((o) => o.method === 'PATCH')).toBe(false)
  // The form keeps the file the server made (named by its SHA-256) in the draft it saves.
  await until(() => savedFileIds().includes('file-u1'), 'the draft saved with the uploaded file', 5000)
  expect(sha256(up.bytes)).toBe(sha256(bytes))
  expect(app.wx.chooseMessageFile).toHaveBeenCalledTimes(1)
  expect(app.errors).toEqual([])
})

test('after the signal drops mid-chunk, the network coming back resumes the upload by itself', async () => {
  const bytes = pdfBytes(600_000, 9)
  // The second chunk hangs after 50 KB: the link is up on paper but carries nothing more.
  fate = (id, n) => (id === 'u2' && n === 2 ? { cut: 'hold', afterBytes: 50 * 1024 } : undefined)
  app.wx.pickMessageFile({ path: 'wxfile://tmp/hetong.pdf', name: '合同.pdf', bytes })
  tap(page, '#ev0-pdf')
  await until(() => tus.uploads.get('u2')?.log.at(-1) === `patch @${CHUNK} +${50 * 1024} (cut)`, 'the second chunk to hang', 10000)
  await waitForText(page.dom, ['合同.pdf', '已发送 256 KB / 共 586 KB'], { errors: app.errors })

  app.wx.networkChanged(false)
  await waitForText(page.dom, ['信号不好，已传的部分保存在服务器上，恢复后自动接着传'], { errors: app.errors })
  const triedBeforeSignal = uploadRequests().length
  // Offline the upload waits: it does not keep knocking on a dead link.
  await new Promise((r) => setTimeout(r, 500))
  expect(uploadRequests().length).toBe(triedBeforeSignal)

  const back = performance.now()
  app.wx.networkChanged(true)
  await waitForText(page.dom, ['合同.pdf（586KB）'], { errors: app.errors, timeoutMs: 10000 })
  const up = tus.uploads.get('u2')!
  const resumedAt = CHUNK + 50 * 1024
  expect(up.log).toEqual([
    'create 600000',
    'patch @0 +262144',
    `patch @${CHUNK} +${50 * 1024} (cut)`,
    `head → ${resumedAt}`,
    `patch @${resumedAt} +${CHUNK}`,
    `patch @${resumedAt + CHUNK} +${600_000 - resumedAt - CHUNK}`,
  ])
  expect(bytesArrived(up.log)).toBe(600_000)
  expect(Buffer.from(up.bytes).equals(Buffer.from(bytes))).toBe(true)
  // The network event did it, not the 15 s fallback timer and not a tap (only the pick was tapped).
  const head = seen.find((r) => r.method === 'HEAD' && r.path === '/uploads/u2')!
  // Well under the fallback's 15 s, with room for a loaded machine.
  expect(head.at - back).toBeLessThan(10_000)
  expect(app.wx.chooseMessageFile).toHaveBeenCalledTimes(2)
  await until(() => savedFileIds().join() === 'file-u1,file-u2', 'the draft saved with both files', 5000)
  expect(page.dom.textContent).not.toContain('信号不好')
  expect(app.errors).toEqual([])
})
