import { Text, View } from '@tarojs/components'

/** A whole-row checkbox: the row is the touch target (≥ 44 px), the box shows ☑ / ☐ in words' colour. */
export function Check(p: { id: string; checked: boolean; label: string; onToggle: () => void }) {
  return (
    <View className='m-check' id={p.id} onClick={p.onToggle}>
      <Text className='m-check__box'>{p.checked ? '☑' : '☐'}</Text>
      <Text>{p.label}</Text>
    </View>
  )
}
