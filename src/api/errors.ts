import { AxiosError } from 'axios'
import type { ErrorEnvelope } from '../../contract/common'

/** What every failed call turns into: a stable code, a Chinese message to show, and the field to mark. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | null,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** True when the request never reached the server: the caller keeps the data and retries later. */
  get offline(): boolean {
    return this.status === null
  }
}

export const NETWORK_MESSAGE = '网络不稳定，内容已保存在手机上，恢复后请重试'

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  if (err instanceof AxiosError) {
    const res = err.response
    if (!res) {
      if (err.code === AxiosError.ERR_CANCELED) return new ApiError('CANCELED', '已取消', null)
      return new ApiError('NETWORK', NETWORK_MESSAGE, null)
    }
    const body = res.data as { error?: Partial<ErrorEnvelope['error']> } | undefined
    if (body?.error?.code && body.error.message) return new ApiError(body.error.code, body.error.message, res.status, body.error.field)
    return new ApiError(`HTTP_${res.status}`, res.status >= 500 ? '服务器暂时出了问题，请稍后再试' : '请求没有成功，请稍后再试', res.status)
  }
  return new ApiError('UNKNOWN', '出了点问题，请稍后再试', null)
}
