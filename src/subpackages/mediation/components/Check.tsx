import { Text, View } from '@tarojs/components'
import { ChoiceMark } from '../../../components/ChoiceMark/ChoiceMark'

/** A whole-row checkbox: the row is the touch target (≥ 44 px), the box is drawn in CSS (ChoiceMark). */
export function Check(p: { id: string; checked: boolean; label: string; onToggle: () => void }) {
  return (
    <View className='m-check' id={p.id} onClick={p.onToggle}>
      <ChoiceMark kind='check' on={p.checked} />
      <Text>{p.label}</Text>
    </View>
  )
}
