import Taro from '@tarojs/taro'
import { getSession } from '../stores/session'
import { apiBase, http } from './client'
import type { ErrorEnvelope } from '../../contract/common'
import type { FileInfo } from '../../contract/files'
import { ApiError, NETWORK_MESSAGE } from './errors'

export interface UploadProgress {
  percent: number
  sentBytes: number
  totalBytes: number
}

export interface Upload {
  promise: Promise<FileInfo>
  abort(): void
}

/**
 * Sends one evidence file with Taro.uploadFile (axios cannot send a local file from a
 * mini-program), reporting progress. A dropped signal rejects with an offline ApiError; the
 * caller keeps the local file path and starts the upload again.
 */
export function uploadFile(filePath: string, name: string, onProgress: (p: UploadProgress) => void): Upload {
  let task: ReturnType<typeof Taro.uploadFile> | undefined = undefined
  let aborted = false
  const promise = new Promise<FileInfo>((resolve, reject) => {
    const token = getSession().token
    task = Taro.uploadFile({
      url: `${apiBase}/files`,
      filePath,
      name: 'file',
      formData: { name },
      header: token ? { Authorization: `Bearer ${token}` } : {},
      success: (res) => {
        let body: Partial<ErrorEnvelope & FileInfo> = {}
        try {
          body = JSON.parse(res.data) as typeof body
        } catch {
          // a proxy's HTML error page: fall through to the generic message
        }
        if (res.statusCode === 201 && body.id) return resolve(body as FileInfo)
        if (body.error) return reject(new ApiError(body.error.code, body.error.message, res.statusCode, body.error.field))
        reject(new ApiError(`HTTP_${res.statusCode}`, '上传没有成功，请稍后重试', res.statusCode))
      },
      fail: () => reject(aborted ? new ApiError('CANCELED', '已取消上传', null) : new ApiError('NETWORK', NETWORK_MESSAGE, null)),
    })
    ;(task as unknown as Promise<unknown> | undefined)?.catch?.(() => undefined)
    task?.onProgressUpdate?.((p) => onProgress({ percent: p.progress, sentBytes: p.totalBytesSent, totalBytes: p.totalBytesExpectedToSend }))
  })
  return {
    promise,
    abort: () => {
      aborted = true
      task?.abort()
    },
  }
}

/**
 * A link that opens one file for this user for five minutes: for `<Image src>` and a PDF opened
 * in a new tab, which cannot send the sign-in header. Ask for a fresh one each time it is used.
 */
export async function fileLink(id: string): Promise<string> {
  const { url } = (await http.post<{ url: string }>(`/files/${encodeURIComponent(id)}/link`)).data
  return apiBase.replace(/\/api\/v1$/, '') + url
}
