import Taro from '@tarojs/taro'

const KEY = 'after-profile'

/**
 * Where to go back to once the real-name profile is saved. 我的 is a tab page, which takes no
 * query string, so the way back is kept on the phone instead.
 */
export const afterProfile = {
  set: (url: string) => Taro.setStorageSync(KEY, url),
  peek: (): string | null => (Taro.getStorageSync(KEY) as string | undefined) || null,
  take: (): string | null => {
    const url = afterProfile.peek()
    if (url) Taro.removeStorageSync(KEY)
    return url
  },
}
