import Taro from '@tarojs/taro'

/** Says in a toast that a tab opened without signal shows what the phone kept. */
export function toastOfflineTab(): void {
  void Taro.showToast({ title: '没有网络，显示的是手机上保存的内容', icon: 'none', duration: 2500 })?.catch?.(() => undefined)
}
