import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

/**
 * The one place the app answers WeChat's privacy question. Since base library 2.32.3, a privacy
 * API (photo and file pickers, clipboard, phone call …) called before the user has agreed to the
 * 用户隐私保护指引 waits while WeChat fires `onNeedPrivacyAuthorization`; whatever page the user
 * is on must then show the guide with agree / disagree and call `resolve`. Registered once at
 * launch, so every privacy API is covered, not only the filing form's.
 */
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

/** The agree button's id: WeChat checks that this very button was tapped before it lets the API go on. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

let pending: Resolve | null = null
const listeners = new Set<(asking: boolean) => void>()

function emit() {
  for (const l of listeners) l(pending !== null)
}

let watching = false

/** Registers the app-wide listener (weapp only; H5 has no such gate). Safe to call more than once. */
export function watchPrivacyRequests(): void {
  if (watching || process.env.TARO_ENV !== 'weapp') return
  const taro = Taro as unknown as { onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void }
  if (typeof taro.onNeedPrivacyAuthorization !== 'function') return
  watching = true
  taro.onNeedPrivacyAuthorization((resolve) => {
    // A second request while the first is still open answers with the same tap.
    const earlier = pending
    pending = (option) => {
      earlier?.(option)
      resolve(option)
    }
    resolve({ event: 'exposureAuthorization' })
    emit()
  })
}

function answer(option: Parameters<Resolve>[0]) {
  const resolve = pending
  pending = null
  emit()
  resolve?.(option)
}

export function agreeToPrivacyGuide(): void {
  answer({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
}

export function disagreeWithPrivacyGuide(): void {
  answer({ event: 'disagree' })
}

/** True while WeChat waits for the user's answer. */
export function usePrivacyRequest(): boolean {
  const [asking, setAsking] = useState(pending !== null)
  useEffect(() => {
    listeners.add(setAsking)
    setAsking(pending !== null)
    return () => {
      listeners.delete(setAsking)
    }
  }, [])
  return asking
}
