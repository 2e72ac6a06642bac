import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { useNetwork } from '../../hooks/useNetwork'
import { toastLater } from '../../utils/later'
import { ageWords, isOffline } from '../../utils/network'
import './OfflineBanner.scss'

export const OFFLINE_TEXT = '网络不稳定，内容已保存在手机上，恢复后自动提交'

const TAB_PAGES = /^\/?pages\/(index|cases|inbox|me)\/index/

/** True when the page now shown is one of the tab bar's. */
function onTabPage(): boolean {
  const path = Taro.getCurrentInstance?.()?.router?.path ?? ''
  return TAB_PAGES.test(path)
}

/**
 * The one offline notice, at the top of every page while the phone has no signal (or the server
 * cannot be reached and a list came from the phone), with the age of that copy. Only the page in front shows it (H5 keeps the pages
 * behind in the document). A tab opened without signal says so in a toast instead of looking
 * empty or stale without a word.
 */
export function OfflineBanner() {
  const { online, cachedSince } = useNetwork()
  const [front, setFront] = useState(true)
  useDidShow(() => {
    setFront(true)
    if (isOffline() && onTabPage()) void toastLater().then((m) => m.toastOfflineTab())
  })
  useDidHide(() => setFront(false))
  // Also with signal, when a list had to come from the phone because the server could not be reached.
  if ((online && !cachedSince) || !front) return null
  return (
    <View className='banner banner--warn offline-banner' id='offline-banner' role='status'>
      <Text>{OFFLINE_TEXT}</Text>
      {cachedSince ? (
        <Text className='offline-banner__age' id='offline-age'>
          {`离线内容，${ageWords(cachedSince, new Date())}`}
        </Text>
      ) : null}
    </View>
  )
}
