import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElderMode } from '../../hooks/useElderMode'
import { PrivacyPopup } from '../PrivacyPopup/PrivacyPopup'

/** Every page's outer frame: padding, base font, the elder-mode size, and the privacy question when WeChat asks it. */
export function PageShell({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const [elder] = useElderMode()
  return (
    <View className={elder ? 'page page--elder' : 'page'} id={testId}>
      {children}
      <PrivacyPopup />
    </View>
  )
}
