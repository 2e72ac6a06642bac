import Taro from '@tarojs/taro'
import { clearSession, getSession } from '../stores/session'
import { createClient } from './request'

/** H5 is served by the API server itself; the mini-program calls the registered HTTPS origin. */
export const apiBase = (process.env.TARO_ENV === 'h5' ? '' : process.env.TARO_APP_API_BASE || '') + '/api/v1'

let redirecting = false

export const http = createClient(apiBase, {
  token: () => getSession().token,
  cacheScope: () => getSession().user?.id ?? null,
  onUnauthorized: () => {
    clearSession()
    if (redirecting) return
    redirecting = true
    Taro.navigateTo({ url: '/pages/login/index' }).finally(() => {
      redirecting = false
    })
  },
})
