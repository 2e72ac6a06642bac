import { Checkbox, Text, View } from '@tarojs/components'

/** A large tick box with its sentence; the whole row toggles it. */
export function Check({ id, checked, onChange, children }: { id: string; checked: boolean; onChange: (v: boolean) => void; children: string }) {
  return (
    <View className='check' id={id} onClick={() => onChange(!checked)}>
      <Checkbox value={id} checked={checked} />
      <Text>{children}</Text>
    </View>
  )
}
