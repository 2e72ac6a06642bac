import { View } from '@tarojs/components'

/** What is wrong with a field, in words and in red, right under it; nothing when all is well. */
export function FieldError({ message, id }: { message?: string | null; id?: string }) {
  if (!message) return null
  return (
    <View className='field__error' id={id}>
      {message}
    </View>
  )
}
