import { taroMock } from '../../../stubs/taro'
import { BlobFileReader, WeappFileReader } from '../../../../../src/subpackages/filing/upload/fileReaders'
import { TaroHttpStack } from '../../../../../src/subpackages/filing/upload/taroHttpStack'
import { fakeTempFile } from './fakeTus'

beforeEach(() => taroMock.request.mockReset())

describe('the tus HTTP stack over Taro.request', () => {
  it('sends method, headers and the chunk, and reads headers whatever their case', async () => {
    const abort = jest.fn()
    taroMock.request.mockImplementation((o: { success: (r: unknown) => void }) => {
      setTimeout(() => o.success({ statusCode: 204, header: { 'Upload-Offset': '262144', 'Tus-Resumable': '1.0.0' }, data: '' }), 0)
      return { abort }
    })
    const req = new TaroHttpStack().createRequest('PATCH', '/api/v1/uploads/u1')
    req.setHeader('Upload-Offset', '0')
    const chunk = new ArrayBuffer(8)
    const res = await req.send(chunk)
    const sent = taroMock.request.mock.calls[0][0]
    expect(sent).toMatchObject({ url: '/api/v1/uploads/u1', method: 'PATCH', header: { 'Upload-Offset': '0' }, responseType: 'text' })
    expect(sent.data).toBe(chunk)
    expect(res.getStatus()).toBe(204)
    expect(res.getHeader('upload-offset')).toBe('262144')
    expect(res.getHeader('Upload-Offset')).toBe('262144')
    expect(res.getBody()).toBe('')
    await req.abort()
    expect(abort).toHaveBeenCalled()
  })

  it('rejects when the request fails (no signal), so tus can resume', async () => {
    taroMock.request.mockImplementation((o: { fail: (e: unknown) => void }) => {
      setTimeout(() => o.fail({ errMsg: 'request:fail timeout' }), 0)
      return { abort: jest.fn() }
    })
    await expect(new TaroHttpStack().createRequest('HEAD', '/u').send(null)).rejects.toThrow('request:fail timeout')
  })
})

describe('file readers', () => {
  it('reads the mini-program temp file by position and length, and knows the last slice', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256)
    const file = fakeTempFile(bytes)
    const source = await new WeappFileReader().openFile(file.path)
    expect(source.size).toBe(1000)
    const a = await source.slice(0, 600)
    const b = await source.slice(600, 1200)
    expect([...new Uint8Array(a.value as ArrayBuffer)]).toEqual([...bytes.slice(0, 600)])
    expect(a.done).toBe(false)
    expect([...new Uint8Array(b.value as ArrayBuffer)]).toEqual([...bytes.slice(600)])
    expect(b.done).toBe(true)
    expect(file.reads).toEqual([
      { position: 0, length: 600 },
      { position: 600, length: 400 },
    ])
  })

  it('slices a Blob on H5', async () => {
    const blob = new Blob([new Uint8Array(700).fill(9)])
    const source = await new BlobFileReader().openFile(blob)
    const s = await source.slice(512, 1024)
    expect((s.value as Blob).size).toBe(188)
    expect(s.done).toBe(true)
  })
})
