import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { restoreSession } from './stores/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    restoreSession()
  })
  return children
}

export default App
