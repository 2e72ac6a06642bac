import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'
import Taro from '@tarojs/taro'

type Method = NonNullable<Parameters<typeof Taro.request>[0]['method']>

/**
 * Sends axios requests through Taro.request, so one client works in the mini-program
 * (wx.request) and in H5. The body arrives as text and axios's own transformResponse
 * parses it, so error bodies are parsed the same way as successes.
 */
export const taroAdapter: AxiosAdapter = (config) =>
  new Promise<AxiosResponse>((resolve, reject) => {
    const headers = AxiosHeaders.from(config.headers as AxiosHeaders).toJSON(true) as Record<string, string>
    // Assigned before the call returns: a mock (or a cached reply) may call success synchronously.
    let task: ReturnType<typeof Taro.request> | undefined = undefined
    const onAbort = () => {
      task?.abort()
      reject(new AxiosError('请求已取消', AxiosError.ERR_CANCELED, config))
    }
    task = Taro.request({
      url: axios.getUri(config),
      method: (config.method ?? 'get').toUpperCase() as Method,
      header: headers,
      data: config.data,
      timeout: config.timeout || undefined,
      responseType: 'text',
      dataType: '其他',
      success: (res) => {
        config.signal?.removeEventListener?.('abort', onAbort)
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: res.header as Record<string, string>,
          config,
          request: task,
        }
        const ok = !config.validateStatus || config.validateStatus(res.statusCode)
        if (ok) return resolve(response)
        const code = res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
        reject(new AxiosError(`Request failed with status code ${res.statusCode}`, code, config, task, response))
      },
      fail: (err) => {
        config.signal?.removeEventListener?.('abort', onAbort)
        const timedOut = /timeout/i.test(err.errMsg ?? '')
        reject(new AxiosError(err.errMsg ?? 'network error', timedOut ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK, config, task))
      },
    })
    // Taro also returns a promise that rejects on `fail`; the callbacks above already handle it.
    ;(task as unknown as Promise<unknown> | undefined)?.catch?.(() => undefined)
    config.signal?.addEventListener?.('abort', onAbort)
  })
