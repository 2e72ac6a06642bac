import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, type PropsWithChildren } from 'react'
import { useElderMode } from '../../hooks/useElderMode'
import { OfflineBanner } from '../OfflineBanner/OfflineBanner'
import { PrivacyPopup } from '../PrivacyPopup/PrivacyPopup'

/** The tab pages (app.config.ts tabBar): the tab bar is their way around, every other page gets 返回. */
const TAB_PAGES = new Set(['pages/index/index', 'pages/cases/index', 'pages/inbox/index', 'pages/me/index'])

function currentPath(): string {
  try {
    const path = Taro.getCurrentInstance?.().router?.path ?? ''
    return path.replace(/^\//, '').split('?')[0]
  } catch {
    return ''
  }
}

/** One tap back: to the page before, or to 服务大厅 when the page was opened on its own (a link in a message). */
function goBack() {
  const stack = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : []
  if (stack.length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: '/pages/index/index' })
}

/**
 * H5 has no navigation bar of its own here, and a browser's back button may need two presses
 * through the hash router: every sub-page gets its own 返回 at the top. The mini-program's
 * native bar already has one.
 */
function BackBar() {
  const path = currentPath()
  if (process.env.TARO_ENV !== 'h5' || !path || TAB_PAGES.has(path)) return null
  return (
    <View className='back-bar'>
      <View className='back-bar__btn' id='page-back' role='button' aria-label='返回上一页' onClick={goBack}>
        <Text>‹ 返回</Text>
      </View>
    </View>
  )
}

/** Every page's outer frame: padding, base font, the elder-mode size, 返回 on H5 sub-pages, the offline notice, and the privacy question when WeChat asks it. */
export function PageShell({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const [elder] = useElderMode()
  useEffect(() => {
    // H5 scrolls each page inside Taro's page box: make it reachable by keyboard, so a page that
    // holds no native control can still be scrolled without a mouse or a finger.
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    for (const el of Array.from(document.querySelectorAll('.taro_page:not([tabindex])'))) el.setAttribute('tabindex', '0')
  }, [])
  return (
    <View className={elder ? 'page page--elder' : 'page'} id={testId}>
      <OfflineBanner />
      <BackBar />
      {children}
      <PrivacyPopup />
    </View>
  )
}
