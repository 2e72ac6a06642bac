import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { watchPrivacyRequests } from './stores/privacy'
import { restoreSession } from './stores/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    restoreSession()
    watchPrivacyRequests()
  })
  return children
}

export default App
