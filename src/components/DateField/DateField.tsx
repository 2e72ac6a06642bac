import { Picker, Text, View } from '@tarojs/components'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { parseCalendarDay } from '@domain/dates/parseCalendarDay'
import { Field } from '../Field/Field'

export interface DateFieldProps {
  name: string
  label: string
  /** as typed, 'YYYY-MM-DD' once complete */
  value: string
  onChange: (value: string) => void
  placeholder?: string
  error?: string | null
  /** the earliest day the picker offers */
  start: string
  /** where the picker opens while nothing valid is typed; `start` when absent */
  opensAt?: string
}

const isDay = (s: string) => {
  try {
    parseCalendarDay(s)
    return true
  } catch {
    return false
  }
}

/**
 * A date typed as 'YYYY-MM-DD' or chosen with the phone's date wheel (选日期), said back as people
 * say a date so a slip in the digits shows at once.
 */
export function DateField({ name, label, value, onChange, placeholder, error, start, opensAt }: DateFieldProps) {
  const day = value.trim()
  const valid = isDay(day)
  return (
    <View className='date-field'>
      <View className='date-field__input'>
        <Field
          name={name}
          label={label}
          value={value}
          onInput={onChange}
          placeholder={placeholder}
          maxlength={10}
          error={error}
          hint={!error && valid ? formatChineseDate(day) : undefined}
        />
      </View>
      <Picker mode='date' value={valid ? day : (opensAt ?? start)} start={start} end='2100-12-31' onChange={(e) => onChange(String(e.detail.value))}>
        <View className='date-field__pick' id={`${name}-pick`}>
          <Text>选日期</Text>
        </View>
      </Picker>
    </View>
  )
}
