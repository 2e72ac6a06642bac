import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { SessionUser } from '../api/types'

export interface Session {
  token: string | null
  user: SessionUser | null
}

const KEY = 'court.session'
let state: Session = { token: null, user: null }
const listeners = new Set<(s: Session) => void>()

function emit() {
  for (const l of listeners) l(state)
}

/** Reads the saved sign-in, so reopening the mini-program keeps the user signed in. */
export function restoreSession(): Session {
  try {
    const saved = Taro.getStorageSync(KEY) as Session | '' | undefined
    if (saved && typeof saved === 'object' && saved.token) state = saved
  } catch {
    state = { token: null, user: null }
  }
  emit()
  return state
}

export function getSession(): Session {
  return state
}

export function setSession(next: Session): void {
  state = next
  Taro.setStorageSync(KEY, next)
  emit()
}

export function clearSession(): void {
  state = { token: null, user: null }
  Taro.removeStorageSync(KEY)
  emit()
}

export function useSession(): Session {
  const [s, setS] = useState(state)
  useEffect(() => {
    listeners.add(setS)
    setS(state)
    return () => {
      listeners.delete(setS)
    }
  }, [])
  return s
}
