import { Text, View } from '@tarojs/components'

/** Big tappable choices, one of which is on. */
export function Choices<T extends string>({
  idPrefix,
  label,
  options,
  value,
  onChange,
}: {
  idPrefix: string
  label?: string
  options: ReadonlyArray<readonly [T, string]>
  value: T | null
  onChange: (v: T) => void
}) {
  return (
    <View className='field'>
      {label ? <Text className='field__label'>{label}</Text> : null}
      <View className='choices'>
        {options.map(([k, name]) => (
          <View key={k} id={`${idPrefix}-${k}`} className={value === k ? 'choice choice--on' : 'choice'} onClick={() => onChange(k)}>
            {name}
          </View>
        ))}
      </View>
    </View>
  )
}
