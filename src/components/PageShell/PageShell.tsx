import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElderMode } from '../../hooks/useElderMode'
import { OfflineBanner } from '../OfflineBanner/OfflineBanner'
import { PrivacyPopup } from '../PrivacyPopup/PrivacyPopup'

/** Every page's outer frame: padding, base font, the elder-mode size, the offline notice, and the privacy question when WeChat asks it. */
export function PageShell({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const [elder] = useElderMode()
  return (
    <View className={elder ? 'page page--elder' : 'page'} id={testId}>
      <OfflineBanner />
      {children}
      <PrivacyPopup />
    </View>
  )
}
