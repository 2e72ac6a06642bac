import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

const KEY = 'court.elderMode'
const listeners = new Set<(on: boolean) => void>()

/**
 * WeChat's font size (微信 → 设置 → 通用 → 字体大小, which 关怀模式 also raises) in px: 17 is 标准 on
 * iOS and 16 on Android; 20 and up is at least two steps above 标准, or care mode. A browser's own
 * text size (the default `medium`, 16 px) counts from 20 px (125 %) too.
 */
export const LARGE_FONT_PX = 20
/** WeChat's font scale factor (newer base libraries): 1.25 and up is the same two steps. */
export const LARGE_FONT_SCALE = 1.25

export interface FontInfo {
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
}

/** Whether the phone's own settings ask for large text, so elder mode turns on by itself. */
export function wantsLargeText(info: FontInfo | null | undefined, browserDefaultPx?: number): boolean {
  const size = Number(info?.fontSizeSetting)
  const scale = Number(info?.fontSizeScaleFactor)
  if (Number.isFinite(scale) && scale >= LARGE_FONT_SCALE) return true
  if (Number.isFinite(size) && size >= LARGE_FONT_PX) return true
  return browserDefaultPx !== undefined && Number.isFinite(browserDefaultPx) && browserDefaultPx >= LARGE_FONT_PX
}

/**
 * WeChat's font settings. A browser has none (Taro's H5 answers NaN): there the browser's own
 * text size decides, and leaving the calls out of the H5 build (the condition is a constant
 * there) keeps Taro's device detection, platform.js, out of every H5 page's code.
 */
function systemInfo(): FontInfo | null {
  try {
    return process.env.TARO_ENV === 'h5'
      ? null
      : typeof Taro.getAppBaseInfo === 'function'
        ? (Taro.getAppBaseInfo() as FontInfo)
        : (Taro.getSystemInfoSync() as FontInfo)
  } catch {
    return null
  }
}

/** The browser's text size for `medium`: a person's own setting in H5 (Chrome's 字体大小, say). */
function browserDefaultPx(): number | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || !document.body) return undefined
  const probe = document.createElement('div')
  probe.style.cssText = 'font-size:medium;position:absolute;visibility:hidden'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return px
}

/** Whether the user chose on or off themselves (then the phone's settings no longer decide). */
export function elderModeChosen(): boolean {
  try {
    const saved: unknown = Taro.getStorageSync(KEY)
    return saved === true || saved === false
  } catch {
    return false
  }
}

/** The user's own choice when they made one (true or false), else what the phone's settings ask for. */
function read(): boolean {
  try {
    const saved: unknown = Taro.getStorageSync(KEY)
    if (saved === true || saved === false) return saved
  } catch {
    // no storage: fall through to the phone's settings
  }
  return wantsLargeText(systemInfo(), browserDefaultPx())
}

/** H5 only: elements outside a page (tab bar, picker sheets, toasts) follow the mode through the root. */
function markRoot(on: boolean) {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.classList.toggle('elder', on)
}

let current: boolean | null = null
function now(): boolean {
  if (current === null) {
    current = read()
    markRoot(current)
  }
  return current
}

/**
 * 长辈模式 (the 工信部 适老化 rules: text ≥ 18 pt, targets ≥ 60 px), remembered on the phone once
 * the user chooses; until then it follows WeChat's care mode or large font.
 */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(now)
  useEffect(() => {
    listeners.add(setOn)
    setOn(now())
    return () => {
      listeners.delete(setOn)
    }
  }, [])
  const set = (next: boolean) => {
    Taro.setStorageSync(KEY, next)
    current = next
    markRoot(next)
    for (const l of listeners) l(next)
  }
  return [on, set]
}
