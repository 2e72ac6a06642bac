import { Button, Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { parseYuan } from '@domain/money/parseYuan'
import type { AdminAverageWage, AverageWageBody } from '../../../../api/adminWages'
import { toApiError } from '../../../../api/errors'
import { Field } from '../../../../components/Field/Field'

export interface WageDraft {
  year: string
  yuan: string
  series: string
  source: string
  note: string
  confirmed: boolean
}

/** The form's starting values: a year's figure to correct, or an empty new year. */
export function draftOf(w: AdminAverageWage | null, year: number): WageDraft {
  if (!w) return { year: String(year), yuan: '', series: '城镇非私营单位就业人员年平均工资', source: '', note: '', confirmed: false }
  // Plain digits, as the admin types them (formatYuan would write 万 for a round figure).
  const yuan = w.wageFen % 100 === 0 ? String(w.wageFen / 100) : (w.wageFen / 100).toFixed(2)
  return { year: String(w.year), yuan, series: w.series, source: w.source, note: w.note ?? '', confirmed: w.confirmed }
}

/** Which input a server error is about. */
const FIELDS: Record<string, keyof WageDraft> = { year: 'year', wageFen: 'yuan', series: 'series', source: 'source', note: 'note' }

/**
 * Entering or correcting one year's figure: the year (only for a new one), the wage in yuan, which
 * statistic it is, where it was published, and whether someone checked it against that publication.
 */
export function WageForm(p: { initial: WageDraft; isNew: boolean; onSave: (year: number, body: AverageWageBody) => Promise<void>; onCancel: () => void }) {
  const [d, setD] = useState<WageDraft>(p.initial)
  const [errors, setErrors] = useState<Partial<Record<keyof WageDraft, string>>>({})
  const [saving, setSaving] = useState(false)
  const set = (k: keyof WageDraft) => (v: string) => setD({ ...d, [k]: v })

  const save = async () => {
    const year = Number(d.year.trim())
    if (!/^\d{4}$/.test(d.year.trim())) return setErrors({ year: '请填写四位数的年份，如2025' })
    let wageFen: number
    try {
      wageFen = parseYuan(d.yuan)
    } catch {
      return setErrors({ yuan: '请填写年平均工资，以元为单位，如 108856' })
    }
    if (wageFen <= 0) return setErrors({ yuan: '年平均工资应大于0' })
    if (!d.source.trim()) return setErrors({ source: '请写明来源，如统计局公报或高级法院通知' })
    setSaving(true)
    setErrors({})
    try {
      await p.onSave(year, {
        wageFen,
        series: d.series.trim(),
        source: d.source.trim(),
        confirmed: d.confirmed,
        ...(d.note.trim() ? { note: d.note.trim() } : {}),
      })
    } catch (e) {
      const err = toApiError(e)
      setErrors({ [FIELDS[err.field ?? ''] ?? 'source']: err.message })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='card aw__form' id='wage-form'>
      <Text className='aw__h'>{p.isNew ? '录入新的年度' : `更正${d.year}年的数字`}</Text>
      {p.isNew ? <Field name='year' label='年度' type='number' maxlength={4} value={d.year} onInput={set('year')} error={errors.year} /> : null}
      <Field
        name='wage'
        label='就业人员年平均工资（元）'
        type='digit'
        maxlength={12}
        value={d.yuan}
        onInput={set('yuan')}
        error={errors.yuan}
        hint='填写全年的数字，如 108856'
      />
      <Field name='series' label='统计口径' maxlength={60} value={d.series} onInput={set('series')} error={errors.series} />
      <Field
        name='source'
        label='来源'
        maxlength={300}
        value={d.source}
        onInput={set('source')}
        error={errors.source}
        hint='如：内蒙古自治区统计局2025年5月发布；或高级人民法院关于小额诉讼标的额的通知'
      />
      <Field name='note' label='说明（可不填）' maxlength={300} value={d.note} onInput={set('note')} error={errors.note} />
      <View className='aw__switch'>
        <Text className='aw__switch-label'>已经与公布的原文核对过</Text>
        <Switch
          id='wage-confirmed'
          nativeProps={{ 'aria-label': '已经与公布的原文核对过' }}
          checked={d.confirmed}
          onChange={(e) => setD({ ...d, confirmed: e.detail.value })}
        />
      </View>
      <Button className='btn btn--primary' id='wage-save' disabled={saving} onClick={() => void save()}>
        保存
      </Button>
      <Button className='btn' id='wage-cancel' onClick={p.onCancel}>
        取消
      </Button>
    </View>
  )
}
