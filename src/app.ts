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
    if (process.env.TARO_ENV === 'h5' && process.env.NODE_ENV === 'production') {
      void import('./utils/registerServiceWorker').then((m) => m.registerServiceWorker())
    }
  })
  return children
}

export default App
