import Taro from '@tarojs/taro'
import type { FilingData } from '@domain/filing/types'

export interface LocalDraft {
  data: FilingData
  step: number
  savedAt: string
  /** false while the server has not yet got this version (no signal) */
  synced: boolean
}

const key = (id: string) => `court.filing.${id}`

/**
 * The form as last typed, kept on the phone: storage holds up to 1 MB per key, far more than a
 * filing's text; files stay on the server (uploaded) so only their ids are kept here.
 */
export const draftStore = {
  load(id: string): LocalDraft | null {
    const v = Taro.getStorageSync(key(id)) as LocalDraft | ''
    return v && typeof v === 'object' ? v : null
  },
  save(id: string, draft: LocalDraft): void {
    Taro.setStorageSync(key(id), draft)
  },
  clear(id: string): void {
    Taro.removeStorageSync(key(id))
  },
}
