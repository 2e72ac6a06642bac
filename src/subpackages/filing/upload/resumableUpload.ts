import Taro from '@tarojs/taro'
import type { DetailedError, UploadOptions, UrlStorage } from 'tus-js-client'
import BaseUpload from 'tus-js-client/lib.esm/upload.js'
import type { ErrorEnvelope } from '../../../../contract/common'
import type { FileInfo } from '../../../../contract/files'
import { apiBase } from '../../../api/client'
import { ApiError } from '../../../api/errors'
import { getSession } from '../../../stores/session'
import { BlobFileReader, WeappFileReader } from './fileReaders'
import { TaroHttpStack } from './taroHttpStack'

/** ≈8 s a chunk at 250 kbps: a drop loses at most this much, and progress moves at this step. */
export const CHUNK_BYTES = 256 * 1024
/** Without a network event (a link that is up but not carrying), try again after this long. */
export const RETRY_WITHOUT_SIGNAL_MS = 15_000

export interface UploadProgress {
  sentBytes: number
  totalBytes: number
  /** The signal dropped: the upload waits and goes on from the last byte the server has. */
  waiting: boolean
}

export interface ResumableUpload {
  promise: Promise<FileInfo>
  cancel(): void
}

/** What to send: the mini-program's temp file path, or on H5 the picked (or compressed) Blob. */
export interface UploadSource {
  path: string
  blob?: Blob
  name: string
}

/** Nothing kept across app starts: within one start the upload object itself remembers its URL. */
const noUrlStorage: UrlStorage = {
  findAllUploads: async () => [],
  findUploadsByFingerprint: async () => [],
  removeUpload: async () => undefined,
  addUpload: async () => '',
}

/** Tells `fn` when the phone reports the signal gone or back: `online`/`offline` on H5, the network-status event in the mini-program. */
function onNetwork(fn: (connected: boolean) => void): () => void {
  if (process.env.TARO_ENV === 'h5') {
    const on = () => fn(true)
    const off = () => fn(false)
    window.addEventListener('online', on)
    window.addEventListener('offline', off)
    return () => {
      window.removeEventListener('online', on)
      window.removeEventListener('offline', off)
    }
  }
  const listener = (res: { isConnected: boolean }) => fn(res.isConnected)
  Taro.onNetworkStatusChange(listener)
  return () => Taro.offNetworkStatusChange?.(listener)
}

/** A refusal the server explained (bad type, too large, not yours): no retry will change it. */
function refusalOf(err: Error | DetailedError): ApiError | null {
  const res = (err as DetailedError).originalResponse
  const status = res?.getStatus() ?? 0
  if (status < 400 || status >= 500 || status === 409 || status === 423) return null
  try {
    const e = (JSON.parse(res!.getBody()) as Partial<ErrorEnvelope>).error
    if (e?.code && e.message) return new ApiError(e.code, e.message, status, e.field)
  } catch {
    // not the envelope (a proxy's page): the generic message below
  }
  return new ApiError(`HTTP_${status}`, '上传没有成功，请重新选择文件上传', status)
}

const parseInfo = (body: string): FileInfo | null => {
  try {
    const info = JSON.parse(body) as Partial<FileInfo>
    return info?.id && info.sha256 ? (info as FileInfo) : null
  } catch {
    return null
  }
}

/** The file a finished upload became (GET of the upload), or null while the signal is still out. */
function fetchFileInfo(url: string): Promise<FileInfo | null> {
  const token = getSession().token
  return new Promise((resolve) => {
    Taro.request({
      url: url.startsWith('http') || url.startsWith('/') ? url : `${apiBase}/uploads/${url}`,
      method: 'GET',
      header: token ? { Authorization: `Bearer ${token}` } : {},
      responseType: 'text',
      dataType: '其他',
      success: (res) => resolve(res.statusCode === 200 ? parseInfo(String(res.data)) : null),
      fail: () => resolve(null),
    })?.catch?.(() => undefined)
  })
}

/** tus's options for this app: its endpoint and chunk size, the platform's HTTP stack and file reader, no URL storage. */
function platformOptions(filename: string, weapp: boolean): UploadOptions {
  return {
    // The protocol version and the rest of tus's defaults; the platform parts below replace the browser's.
    ...BaseUpload.defaultOptions,
    endpoint: `${apiBase}/uploads`,
    chunkSize: CHUNK_BYTES,
    retryDelays: [0, 1000, 3000],
    metadata: { filename },
    overridePatchMethod: weapp,
    httpStack: new TaroHttpStack(),
    fileReader: weapp ? new WeappFileReader() : new BlobFileReader(),
    urlStorage: noUrlStorage,
    fingerprint: async () => null as unknown as string,
    storeFingerprintForResuming: false,
    // The token is read for each request: a renewed sign-in during a long upload is used at once.
    onBeforeRequest: (req) => {
      const token = getSession().token
      if (token) req.setHeader('Authorization', `Bearer ${token}`)
    },
  }
}

/**
 * Sends one evidence file with the tus protocol in 256 KB chunks through Taro.request. When the
 * signal drops it waits, without the user doing anything, for the phone to report the network back
 * (or 15 s), asks the server how much arrived and sends only the rest. Resolves with the file the
 * server made of it — the same file however often the last step was repeated.
 */
export function resumableUpload(source: UploadSource, onProgress: (p: UploadProgress) => void): ResumableUpload {
  const weapp = process.env.TARO_ENV !== 'h5'
  let done = false
  let waiting = false
  let stopWaiting = () => {}
  let stopWatching = () => {}
  let upload: InstanceType<typeof BaseUpload> | null = null
  let rejectWith: (e: ApiError) => void = () => {}
  let last = { sentBytes: 0, totalBytes: 0 }

  const promise = new Promise<FileInfo>((resolve, reject) => {
    const finish = (result: { info?: FileInfo; error?: ApiError }) => {
      if (done) return
      done = true
      stopWaiting()
      stopWatching()
      if (result.info) resolve(result.info)
      else reject(result.error)
    }
    rejectWith = (error) => finish({ error })

    /** Waits for the signal (or the fallback timer), then runs `again` once. */
    const waitThen = (again: () => void) => {
      onProgress({ ...last, waiting: true })
      stopWaiting()
      waiting = true
      const go = () => {
        stopWaiting()
        if (!done) again()
      }
      const unlisten = onNetwork((connected) => connected && go())
      const timer = setTimeout(go, RETRY_WITHOUT_SIGNAL_MS)
      stopWaiting = () => {
        waiting = false
        unlisten()
        clearTimeout(timer)
        stopWaiting = () => {}
      }
    }

    /** A resumed upload that the server had already finished answers HEAD only: ask which file it became. */
    const nameTheFile = (url: string) => void fetchFileInfo(url).then((info) => (info ? finish({ info }) : waitThen(() => nameTheFile(url))))

    const options: UploadOptions = {
      ...platformOptions(source.name, weapp),
      onProgress: (sentBytes, totalBytes) => {
        last = { sentBytes, totalBytes }
        onProgress({ sentBytes, totalBytes, waiting: false })
      },
      onSuccess: ({ lastResponse }) => {
        const info = parseInfo(lastResponse.getBody())
        if (info) finish({ info })
        else if (upload?.url) nameTheFile(upload.url)
      },
      onError: (err) => {
        // No request behind it: the file on the phone could not be read (a temp file the system removed).
        if (!(err as DetailedError).originalRequest) return finish({ error: new ApiError('UPLOAD_SOURCE', '这个文件读不出来了，请重新选择', null) })
        const refused = refusalOf(err)
        if (refused) return finish({ error: refused })
        waitThen(() => upload?.start())
      },
    }
    upload = new BaseUpload((weapp ? source.path : (source.blob ?? source.path)) as unknown as Blob, options)
    upload.start()
    // When the phone says the signal is gone, a chunk in flight would only hang until its timeout:
    // stop it now and wait; the server keeps what arrived.
    stopWatching = onNetwork((connected) => {
      if (connected || done || waiting) return
      void upload?.abort(false)
      waitThen(() => upload?.start())
    })
  })
  return {
    promise,
    cancel: () => {
      if (done) return
      // Ends the upload on the server too (DELETE); offline, the server drops it after a day.
      void upload?.abort(true).catch(() => undefined)
      rejectWith(new ApiError('CANCELED', '已取消上传', null))
    },
  }
}
