import { Picker, Text, View } from '@tarojs/components'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { parseCalendarDay } from '@domain/dates/parseCalendarDay'
import { Field } from '../../../../../components/Field/Field'

const isDay = (s: string) => {
  try {
    parseCalendarDay(s)
    return true
  } catch {
    return false
  }
}

/**
 * A day that has already happened, typed as 'YYYY-MM-DD' or chosen on the date wheel, which stops
 * at today: a service is recorded after it took place, never ahead of it.
 */
export function PastDayField(p: { name: string; label: string; value: string; today: string; error?: string | null; onChange: (v: string) => void }) {
  const day = p.value.trim()
  const valid = isDay(day)
  return (
    <View className='date-field'>
      <View className='date-field__input'>
        <Field
          name={p.name}
          label={p.label}
          value={p.value}
          onInput={p.onChange}
          placeholder={`例如 ${p.today}`}
          maxlength={10}
          error={p.error}
          hint={!p.error && valid ? formatChineseDate(day) : undefined}
        />
      </View>
      <Picker mode='date' value={valid ? day : p.today} start='2000-01-01' end={p.today} onChange={(e) => p.onChange(String(e.detail.value))}>
        <View className='date-field__pick' id={`${p.name}-pick`}>
          <Text>选日期</Text>
        </View>
      </Picker>
    </View>
  )
}
