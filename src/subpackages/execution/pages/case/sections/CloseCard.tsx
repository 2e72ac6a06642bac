import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ClosureMode } from '@domain/enforcement/types'
import { CLOSURE_MODE_NAMES } from '@domain/enforcement/types'
import { executionApi } from '../../../../../api/enforcement'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { Choices } from '../../../components/Choices'
import { useForm } from '../../../useForm'
import { Area, today } from '../nodes/shared'
import type { Section } from '../useCaseWork'

const MODES = Object.entries(CLOSURE_MODE_NAMES) as Array<[ClosureMode, string]>

/**
 * 结案 by one of the six modes (《执行工作规定》第六十四条). For 终本 the checklist of 《终本规定》
 * 第一条 and the 约谈 of 第五条 shows first; the server refuses a 终本 until every item holds, and
 * the refusal lists each missing item here.
 */
export function CloseCard(s: Section) {
  const { c, busy, close, check, loadCheck, error } = s
  const [open, setOpen] = useState(false)
  const { v, set } = useForm({ mode: '', on: today(), rulingNumber: c.caseNumber ? `${c.caseNumber}之二` : '', reason: '' })
  if (!c.viewer.canRecord || c.state === 'closed' || c.state === 'applied' || c.state === 'refused') return null
  const mode = (v.mode || null) as ClosureMode | null
  const choose = (m: ClosureMode) => {
    set('mode')(m)
    if (m === 'terminated-for-now') void loadCheck()
  }
  const submit = () =>
    mode &&
    void close(
      () => executionApi.close(c.id, { mode, on: v.on, ...(v.rulingNumber.trim() ? { rulingNumber: v.rulingNumber.trim() } : {}), reason: v.reason.trim() }),
      `已结案：${CLOSURE_MODE_NAMES[mode]}，已通知当事人`,
    )
  return (
    <View className='card' id='close-card'>
      <Text className='e-section-title'>结案</Text>
      {!open ? (
        <Button className='btn' id='open-close' onClick={() => setOpen(true)}>
          办理结案
        </Button>
      ) : (
        <View>
          <Choices idPrefix='close-mode' label='结案方式' options={MODES} value={mode} onChange={choose} />
          {mode === 'terminated-for-now' && check ? (
            <View id='termination-check'>
              <Text className='field__label'>终本条件（《终本规定》第一条、第五条）</Text>
              {check.conditions.map((k) => (
                <View key={k.id} className='e-row'>
                  <Text>{k.name}</Text>
                  <Text className={k.met ? 'e-ok' : 'e-overdue'}>{k.met ? '已做到' : '未做到'}</Text>
                </View>
              ))}
              {check.gaps.length > 0 ? (
                <View id='termination-gaps'>
                  <Text className='e-overdue' style={{ display: 'block' }}>
                    还缺以下{check.gaps.length}项，补齐后才能终本：
                  </Text>
                  {check.gaps.map((g, i) => (
                    <Text key={g.code} style={{ display: 'block' }} className='e-gap'>
                      {i + 1}. {g.message}（{g.article}）
                    </Text>
                  ))}
                </View>
              ) : (
                <Text className='e-ok'>条件都已具备，可以裁定终结本次执行程序。</Text>
              )}
            </View>
          ) : null}
          <DateField name='close-on' label='结案日期' value={v.on} start='2020-01-01' onChange={set('on')} />
          <Field name='close-ruling' label='裁定书文号（有的填）' value={v.rulingNumber} maxlength={60} onInput={set('rulingNumber')} />
          <Area id='close-reason' label='结案情况' value={v.reason} onInput={set('reason')} />
          {error ? (
            <View className='banner banner--error' id='close-error'>
              {error.message}
            </View>
          ) : null}
          <Button className='btn btn--primary' id='close-case' disabled={busy || !mode} onClick={submit}>
            确认结案
          </Button>
        </View>
      )}
    </View>
  )
}
