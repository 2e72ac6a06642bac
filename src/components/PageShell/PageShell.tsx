import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElderMode } from '../../hooks/useElderMode'

/** Every page's outer frame: padding, base font, and the elder-mode size. */
export function PageShell({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const [elder] = useElderMode()
  return (
    <View className={elder ? 'page page--elder' : 'page'} id={testId}>
      {children}
    </View>
  )
}
