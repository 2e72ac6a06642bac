import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { watchPrivacyRequests } from './stores/privacy'
import { restoreSession } from './stores/session'
import { watchNetwork } from './utils/network'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    restoreSession()
    watchPrivacyRequests()
    watchNetwork()
    // The offline shell exists only in the production H5 build; the mini-program has its own package cache.
    // Its code too is fetched only once the page has loaded: over a weak link the first screen and its API calls go first.
    if (process.env.TARO_ENV === 'h5' && process.env.NODE_ENV === 'production') {
      const register = () => void import('./utils/registerServiceWorker').then((m) => m.registerServiceWorker())
      if (document.readyState === 'complete') register()
      else window.addEventListener('load', register, { once: true })
    }
  })
  return children
}

export default App
