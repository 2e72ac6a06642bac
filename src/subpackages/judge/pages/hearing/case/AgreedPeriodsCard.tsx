import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type CaseScheduling, hearingsApi } from '../../../../../api/hearings'
import { Field } from '../../../../../components/Field/Field'
import type { Run } from './CurrentHearingCard'

const INTERPRETATION = '《民诉法解释》第二百七十五条'

/** What is on record, in words: the agreed days, or the period that applies without an agreement. */
function recorded(a: CaseScheduling['agreedPeriods']) {
  return {
    evidence: a.evidenceDays === null ? '没有约定（举证通知书写七日）' : `约定${a.evidenceDays}日`,
    defence: a.defenceDays === null ? '没有约定（十五日）' : a.defenceDays === 0 ? '双方表示不需要答辩期间，可以立即开庭' : `被告同意${a.defenceDays}日`,
  }
}

const days = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()))

/**
 * 小额诉讼: the shorter periods the court set with the parties (《民诉法解释》第二百七十五条) — an
 * evidence period of up to 7 days the parties agreed and the court allowed, a defence period of up
 * to 15 days the defendant consented to, or none when the parties said they need none. Recorded on
 * the case: the 举证通知书 and 应诉通知书 state them and the suggested dates wait out the agreed days.
 */
export function AgreedPeriodsCard({ caseId, data, busy, run }: { caseId: string; data: CaseScheduling; busy: boolean; run: Run }) {
  const a = data.agreedPeriods
  const [open, setOpen] = useState(false)
  const [evidence, setEvidence] = useState(a.evidenceDays === null ? '' : String(a.evidenceDays))
  const [defence, setDefence] = useState(a.defenceDays === null ? '' : String(a.defenceDays))
  const now = recorded(a)
  const save = (body: { evidenceDays?: number; defenceDays?: number }, done: string) =>
    run(async () => {
      await hearingsApi.agreePeriods(caseId, body)
      setOpen(false)
      return done
    })
  return (
    <View className='card' id='agreed-periods'>
      <Text className='jh__h'>小额诉讼：与当事人约定的期限</Text>
      <Text className='jh__line' id='agreed-evidence'>
        举证期限：{now.evidence}
      </Text>
      <Text className='jh__line' id='agreed-defence'>
        答辩期间：{now.defence}
      </Text>
      <Text className='muted'>
        举证期限可以由双方协商一致、经本院准许，一般不超过七日；被告要求书面答辩的，经其同意可以确定答辩期间，最长十五日；到庭后表示不需要的，可以立即开庭（
        {INTERPRETATION}）。
      </Text>
      {open ? (
        <View>
          <Field name='agreedEvidence' label='约定的举证期限（日，不约定请留空）' type='number' maxlength={2} value={evidence} onInput={setEvidence} />
          <Field
            name='agreedDefence'
            label='被告同意的答辩期间（日，不需要答辩期间填0，不约定请留空）'
            type='number'
            maxlength={2}
            value={defence}
            onInput={setDefence}
          />
          <Button
            className='btn btn--primary'
            id='agreed-save'
            disabled={busy}
            onClick={() =>
              void save(
                {
                  ...(days(evidence) === undefined ? {} : { evidenceDays: days(evidence) }),
                  ...(days(defence) === undefined ? {} : { defenceDays: days(defence) }),
                },
                '已记录约定的期限：以后发出的举证通知书、应诉通知书按约定写明，建议的开庭时间也已按约定重新计算。',
              )
            }
          >
            保存约定
          </Button>
          <Button className='btn' id='agreed-clear' disabled={busy} onClick={() => void save({}, '已清除约定，恢复法定期限。')}>
            清除约定
          </Button>
        </View>
      ) : (
        <Button className='btn' id='agreed-edit' onClick={() => setOpen(true)}>
          记录约定的期限
        </Button>
      )}
    </View>
  )
}
