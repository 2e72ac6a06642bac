import { taroMock } from '../../../stubs/taro'
import { setSession } from '../../../../../src/stores/session'
import { CHUNK_BYTES, resumableUpload, type UploadProgress } from '../../../../../src/subpackages/filing/upload/resumableUpload'
import { fakeTempFile, fakeTusServer } from './fakeTus'

const photo = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31) % 256)
const until = async (ok: () => boolean, ms = 3000) => {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 5))
  }
}

beforeEach(() => {
  taroMock.request.mockReset()
  setSession({ token: 'tok-zhang', user: null })
})

describe('resumable upload in the mini-program (tus over Taro.request, the temp file read in slices)', () => {
  it('sends 256 KB chunks as POST + X-HTTP-Method-Override and resolves with the file the server made', async () => {
    const server = fakeTusServer()
    const bytes = photo(CHUNK_BYTES * 2 + 1000)
    const file = fakeTempFile(bytes)
    const seen: UploadProgress[] = []
    const info = await resumableUpload({ path: file.path, name: '欠条.jpg' }, (p) => seen.push(p)).promise
    expect(info.id).toBe('file-u1')
    expect(server.uploads.get('u1')!.bytes).toEqual([...bytes])
    expect(server.log).toEqual(['POST uploads', 'PATCH upload @0', `PATCH upload @${CHUNK_BYTES}`, `PATCH upload @${CHUNK_BYTES * 2}`])
    // The temp file is read a chunk at a time, never whole.
    expect(file.reads).toEqual([
      { position: 0, length: CHUNK_BYTES },
      { position: CHUNK_BYTES, length: CHUNK_BYTES },
      { position: CHUNK_BYTES * 2, length: 1000 },
    ])
    const methods = taroMock.request.mock.calls.map(([o]) => o.method)
    expect(methods).not.toContain('PATCH')
    expect(taroMock.request.mock.calls.every(([o]) => o.header.Authorization === 'Bearer tok-zhang')).toBe(true)
    expect(seen.at(-1)).toEqual({ sentBytes: bytes.length, totalBytes: bytes.length, waiting: false })
  })

  it('after the signal drops mid-chunk, waits for it, asks how much arrived and sends only the rest', async () => {
    const server = fakeTusServer()
    const bytes = photo(CHUNK_BYTES * 3)
    const file = fakeTempFile(bytes)
    const seen: UploadProgress[] = []
    server.cutPatch(2, 100 * 1024)
    const up = resumableUpload({ path: file.path, name: 'a.jpg' }, (p) => seen.push(p))
    // tus's own quick retries (0, 1 and 3 s) fail without signal; then the upload waits for the network.
    await until(() => seen.some((p) => p.waiting), 10_000)
    expect(seen.filter((p) => p.waiting).at(-1)).toEqual({ sentBytes: CHUNK_BYTES, totalBytes: bytes.length, waiting: true })
    server.state.offline = false
    taroMock.networkChanged(true)
    const info = await up.promise
    expect(info.id).toBe('file-u1')
    expect(server.uploads.get('u1')!.bytes).toEqual([...bytes])
    // One upload, resumed from the byte the server had: the 100 KB that arrived are not sent again.
    expect(server.log).toEqual([
      'POST uploads',
      'PATCH upload @0',
      `PATCH upload @${CHUNK_BYTES}`,
      'HEAD upload',
      `PATCH upload @${CHUNK_BYTES + 100 * 1024}`,
      `PATCH upload @${CHUNK_BYTES * 2 + 100 * 1024}`,
    ])
    expect(seen.at(-1)).toEqual({ sentBytes: bytes.length, totalBytes: bytes.length, waiting: false })
  }, 30_000)

  it('stops on a refusal the server explains, with its Chinese message', async () => {
    fakeTusServer()
    taroMock.request.mockImplementation((o: { success: (r: unknown) => void }) => {
      setTimeout(
        () =>
          o.success({
            statusCode: 413,
            header: {},
            data: '{"error":{"code":"FILE_TOO_LARGE","message":"文件超过20MB，请压缩或分成几份后再上传","field":"file"}}',
          }),
        0,
      )
      return { abort: jest.fn() }
    })
    const file = fakeTempFile(photo(1000))
    await expect(resumableUpload({ path: file.path, name: 'a.jpg' }, () => undefined).promise).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '文件超过20MB，请压缩或分成几份后再上传',
    })
  })

  it('cancels: the upload ends on the server and the promise says so', async () => {
    const server = fakeTusServer()
    const file = fakeTempFile(photo(CHUNK_BYTES * 4))
    const up = resumableUpload({ path: file.path, name: 'a.jpg' }, () => undefined)
    await until(() => server.log.includes('PATCH upload @0'))
    up.cancel()
    await expect(up.promise).rejects.toMatchObject({ code: 'CANCELED' })
    await until(() => server.log.includes('DELETE upload'))
    expect(server.uploads.size).toBe(0)
  })
})
