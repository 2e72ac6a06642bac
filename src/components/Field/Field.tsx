import { Input, Text, View } from '@tarojs/components'
import { FieldError } from '../FieldError/FieldError'

export interface FieldProps {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  error?: string | null
  type?: 'text' | 'number' | 'idcard' | 'digit'
  password?: boolean
  maxlength?: number
  name: string
  hint?: string
}

/** A labelled, large input with its error right under it, in words. */
export function Field(p: FieldProps) {
  return (
    <View className='field'>
      <Text className='field__label'>{p.label}</Text>
      <Input
        className='field__input'
        name={p.name}
        id={`field-${p.name}`}
        value={p.value}
        type={p.type ?? 'text'}
        password={p.password}
        maxlength={p.maxlength ?? 140}
        placeholder={p.placeholder}
        // H5 draws a native input inside Taro's element: name it, so a screen reader says what to type.
        nativeProps={{ 'aria-label': p.label }}
        onInput={(e) => p.onInput(e.detail.value)}
      />
      {p.hint && !p.error ? <Text className='muted'>{p.hint}</Text> : null}
      <FieldError message={p.error} />
    </View>
  )
}
