import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElderMode } from '../../hooks/useElderMode'
import { OfflineBanner } from '../OfflineBanner/OfflineBanner'

/** Every page's outer frame: padding, base font, the elder-mode size, and the offline notice. */
export function PageShell({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const [elder] = useElderMode()
  return (
    <View className={elder ? 'page page--elder' : 'page'} id={testId}>
      <OfflineBanner />
      {children}
    </View>
  )
}
