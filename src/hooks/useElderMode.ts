import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

const KEY = 'court.elderMode'
const listeners = new Set<(on: boolean) => void>()

function read(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true
  } catch {
    return false
  }
}

/** 长辈模式: larger text and simpler lists, remembered on the phone. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(read)
  useEffect(() => {
    listeners.add(setOn)
    return () => {
      listeners.delete(setOn)
    }
  }, [])
  const set = (next: boolean) => {
    Taro.setStorageSync(KEY, next)
    for (const l of listeners) l(next)
  }
  return [on, set]
}
