import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { publishedHolidayYears } from '@domain/calendar/holidayTable'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import type { PeriodRule } from '@domain/periods/periodRules'
import { syncHolidayTable } from '../../../../api/calendar'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { deadlineView, normalizeDateInput, PERIOD_OPTIONS, type DeadlineOptions } from '../../utils'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'
import { Icon } from '../../../../components/Icon/Icon'

/** '2026年9月18日（星期五）'. */
const sayDate = (date: string) => `${date.slice(0, 4)}年${formatChineseDate(date)}`
const pad = (n: number) => String(n).padStart(2, '0')
// The calculator itself never reads the clock; the phone's date only picks the picker's first page and whether to print the year.
const today = () => {
  const d = new Date()
  return { year: d.getFullYear(), date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` }
}

function Check(p: { id: string; on: boolean; title: string; onChange: (on: boolean) => void }) {
  return (
    <View id={p.id} className={p.on ? 'deadline__switch deadline__switch--on' : 'deadline__switch'} onClick={() => p.onChange(!p.on)}>
      <ChoiceMark kind='check' on={p.on} />
      <Text>{p.title}</Text>
    </View>
  )
}

/** 期限计算器: the last day of a period under 《民事诉讼法》第八十五条, with the holidays that move it. */
export default function DeadlineCalculator() {
  const [rule, setRule] = useState<PeriodRule>('appeal-judgment')
  const [from, setFrom] = useState('')
  const [explained, setExplained] = useState<PeriodRule | null>(null)
  // The list first; once a period is picked it folds away so the date and the answer fit on the screen.
  const [choosing, setChoosing] = useState(true)
  const [who, setWho] = useState<DeadlineOptions>({ abroad: false, smallClaims: false })
  const [, setTableVersion] = useState(0)
  const now = today()

  useEffect(() => {
    let live = true
    // Older years are built into the app; only last year on can have changed on the server.
    void syncHolidayTable(now.year - 1).then(() => live && setTableVersion((v) => v + 1))
    return () => {
      live = false
    }
    // Once per page: the table only changes a few times a year.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const option = PERIOD_OPTIONS.find((o) => o.rule === rule) ?? PERIOD_OPTIONS[0]
  const choose = (next: PeriodRule) => {
    setRule(next)
    setChoosing(false)
  }
  const picked = normalizeDateInput(from)
  const view = deadlineView(rule, from, now.year, who)
  const lastYear = publishedHolidayYears().at(-1)

  return (
    <PageShell testId='deadline'>
      <Text className='title'>期限计算</Text>
      <Text className='muted deadline__intro'>开始的当天不算，从第二天算起；最后一天是周末或法定节假日的，顺延到之后的第一个工作日。</Text>

      <View className='card'>
        <Text className='deadline__step'>第1步：算哪个期限</Text>
        {(choosing ? PERIOD_OPTIONS : [option]).map((o) => (
          <View key={o.rule} className='deadline__option'>
            <View className='deadline__option-row'>
              {choosing ? (
                <View id={`rule-${o.rule}`} className={o.rule === rule ? 'deadline__rule deadline__rule--on' : 'deadline__rule'} onClick={() => choose(o.rule)}>
                  <ChoiceMark kind='radio' on={o.rule === rule} />
                  <Text>{o.label}</Text>
                </View>
              ) : (
                <View id='rule-change' className='deadline__rule deadline__rule--on' onClick={() => setChoosing(true)}>
                  <Text className='deadline__chosen' id='rule-chosen'>
                    {o.label}
                  </Text>
                  <Text className='deadline__change'>更换 ›</Text>
                </View>
              )}
              <View id={`explain-${o.rule}`} className='deadline__explain-btn' onClick={() => setExplained(explained === o.rule ? null : o.rule)}>
                <Text>{explained === o.rule ? '收起' : '说明'}</Text>
              </View>
            </View>
            {explained === o.rule ? (
              <Text className='deadline__explain' id={`explain-text-${o.rule}`}>
                {o.explain}
              </Text>
            ) : null}
          </View>
        ))}
        {option.abroad ? (
          <Check
            id='switch-abroad'
            on={who.abroad === true}
            title='当事人在境外（在中国境内没有住所）'
            onChange={(abroad) => setWho((w) => ({ ...w, abroad }))}
          />
        ) : null}
        {option.appeal ? (
          <Check
            id='switch-small-claims'
            on={who.smallClaims === true}
            title='小额诉讼案件（一审终审）'
            onChange={(smallClaims) => setWho((w) => ({ ...w, smallClaims }))}
          />
        ) : null}
      </View>

      <View className='card'>
        <Text className='deadline__step'>第2步：{option.startLabel}</Text>
        <Picker
          mode='date'
          id='deadline-picker'
          value={picked ?? now.date}
          start='2004-01-01'
          end='2100-12-31'
          onChange={(e) => setFrom(String(e.detail.value))}
        >
          <View className='deadline__pick'>
            <Text className='deadline__pick-label'>{picked && view.state === 'ok' ? sayDate(picked) : '点这里选择日期'}</Text>
            <Text className='deadline__pick-action'>{picked && view.state === 'ok' ? '更改 ›' : '选择 ›'}</Text>
          </View>
        </Picker>
        <Field
          name='from'
          label='或直接输入日期'
          value={from}
          onInput={setFrom}
          placeholder='例如 2026-09-18'
          maxlength={12}
          error={view.state === 'invalid' ? view.error : null}
        />
      </View>

      <View className='card deadline__result' id='deadline-result'>
        {view.state === 'ok' ? (
          <>
            <Text className='deadline__result-label'>最后一天是</Text>
            {view.dueYear ? (
              <Text className='deadline__due-year' id='deadline-due-year'>
                {view.dueYear}
              </Text>
            ) : null}
            <Text className='deadline__due' id='deadline-due'>
              {view.dueText}
            </Text>
            {view.moved ? (
              <View className='banner banner--ok' id='deadline-moved'>
                {view.moved}
              </View>
            ) : null}
            {view.provisional ? (
              <View className='banner banner--warn' id='deadline-provisional'>
                <Icon name='triangle-alert' color='#7a4b00' size={32} className='icon--lead' />
                {view.provisional}
              </View>
            ) : null}
            <Text className='deadline__detail'>{view.counting}</Text>
            <Text className='deadline__detail'>依据：{view.article}；期间计算：《民事诉讼法》第八十五条</Text>
            <Text className='muted deadline__detail'>诉讼文书在期满前交邮的，不算过期。</Text>
          </>
        ) : view.state === 'none' ? (
          <>
            <Text className='deadline__none' id='deadline-none'>
              {view.message}
            </Text>
            <Text className='deadline__detail'>依据：{view.article}</Text>
          </>
        ) : (
          <Text className='muted deadline__detail'>{view.state === 'invalid' ? '请先改正上面的日期。' : '选择或输入日期后，这里会显示最后一天。'}</Text>
        )}
      </View>
      {lastYear ? <Text className='muted deadline__source'>节假日依据国务院办公厅的放假通知，已收录至{lastYear}年。</Text> : null}
    </PageShell>
  )
}
