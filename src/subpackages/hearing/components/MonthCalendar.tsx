import { Text, View } from '@tarojs/components'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import type { HalfDay } from '../../../api/hearings'
import {
  type CalendarInput,
  dayInfo,
  farmBackground,
  farmLegend,
  monthCells,
  monthRange,
  monthTitle,
  shiftMonth,
  shortSeason,
  WEEKDAY_NAMES,
} from '../calendar'

export interface MonthCalendarProps {
  input: CalendarInput
  month: string
  onMonth: (month: string) => void
  selected: string | null
  onSelect: (date: string | null) => void
  onPickSlot?: (slot: { date: string; half: HalfDay }) => void
}

/**
 * A month as a picture: the party's farm seasons shaded and named in the legend, holidays marked
 * 休, days no hearing can take greyed, suggested days ringed 可选. Tapping a day explains it.
 */
export function MonthCalendar({ input, month, onMonth, selected, onSelect, onPickSlot }: MonthCalendarProps) {
  const { first, last } = monthRange(input.calendar)
  const cells = monthCells(month, input)
  const legend = farmLegend(input.calendar)
  const detail = selected ? dayInfo(selected, input) : null
  return (
    <View className='cal' id='calendar'>
      <View className='cal__nav'>
        <View
          id='cal-prev'
          className={month <= first ? 'cal__arrow cal__arrow--off' : 'cal__arrow'}
          onClick={() => month > first && onMonth(shiftMonth(month, -1))}
        >
          <Text>‹ 上个月</Text>
        </View>
        <Text className='cal__title' id='cal-title'>
          {monthTitle(month)}
        </Text>
        <View
          id='cal-next'
          className={month >= last ? 'cal__arrow cal__arrow--off' : 'cal__arrow'}
          onClick={() => month < last && onMonth(shiftMonth(month, 1))}
        >
          <Text>下个月 ›</Text>
        </View>
      </View>
      <View className='cal__grid'>
        {WEEKDAY_NAMES.map((w) => (
          <Text key={w} className='cal__wd'>
            {w}
          </Text>
        ))}
        {cells.map((c, i) => {
          if (!c) return <View key={`blank-${i}`} className='cal__day cal__day--blank' />
          const classes = ['cal__day']
          if (c.farm) classes.push('cal__day--farm')
          if (c.closed || c.past) classes.push('cal__day--closed')
          if (c.holiday) classes.push('cal__day--holiday')
          if (c.slots.length > 0) classes.push('cal__day--suggested')
          if (selected === c.date) classes.push('cal__day--selected')
          const mark = c.slots.length > 0 ? '可选' : c.holiday ? '休' : c.farmShades.length > 1 ? '农忙' : c.farm ? shortSeason(c.farm) : ''
          const background = farmBackground(c.farmShades)
          return (
            <View
              key={c.date}
              id={`day-${c.date}`}
              className={classes.join(' ')}
              style={background ? { background } : undefined}
              onClick={() => onSelect(selected === c.date ? null : c.date)}
            >
              <Text className='cal__num'>{c.day}</Text>
              <Text className='cal__mark'>{mark}</Text>
            </View>
          )
        })}
      </View>
      <View className='cal__legend' id='cal-legend'>
        <View className='cal__key'>
          <View className='cal__swatch cal__swatch--suggested' />
          <Text>可选：推荐的开庭日</Text>
        </View>
        {legend.map((w, i) => (
          <View className='cal__key' key={w.activity} id={`legend-${w.activity}`}>
            <View className='cal__swatch' style={{ background: farmBackground([i]) }} />
            <Text>
              {shortSeason(w)}：{w.season}（{w.activityName}）
            </Text>
          </View>
        ))}
        {legend.length > 1 ? (
          <View className='cal__key'>
            <View className='cal__swatch' style={{ background: farmBackground([0, 1]) }} />
            <Text>农忙：几样农活同时忙</Text>
          </View>
        ) : null}
        <View className='cal__key'>
          <View className='cal__swatch cal__swatch--holiday'>
            <Text>休</Text>
          </View>
          <Text>节假日</Text>
        </View>
        <View className='cal__key'>
          <View className='cal__swatch cal__swatch--closed' />
          <Text>灰色：不能开庭，点日期看原因</Text>
        </View>
      </View>
      {detail ? (
        <View className='cal__detail' id='day-detail'>
          <Text className='cal__detail-title'>{formatChineseDate(detail.date)}</Text>
          {detail.slots.length > 0 ? <Text className='cal__ok'>这天可以开庭：</Text> : null}
          {detail.slots.map((s) => (
            <View key={s.half} className='cal__detail-slot' id={`detail-slot-${s.half}`} onClick={() => onPickSlot?.({ date: s.date, half: s.half })}>
              <Text>
                {s.label} · {s.roomName}
              </Text>
            </View>
          ))}
          {detail.reasons.map((r) => (
            <Text key={r} className='cal__reason'>
              · {r}
            </Text>
          ))}
          {detail.slots.length === 0 && detail.reasons.length === 0 ? (
            <Text className='cal__reason'>这天法院有空，但不是推荐的时间；如果只有这天方便，请联系法官。</Text>
          ) : null}
        </View>
      ) : (
        <Text className='muted cal__hint'>点一下日期，可以看这天能不能开庭、为什么。</Text>
      )}
    </View>
  )
}
