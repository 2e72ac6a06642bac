import { Button, Text, View } from '@tarojs/components'
import type { TerminationView } from '../../../api/enforcement'
import { dayText, deadlineWords } from '../words'
import { ChoiceMark } from '../../../components/ChoiceMark/ChoiceMark'

/**
 * 终本 explained: the ruling, each condition of 《终本规定》第一条 and whether it was met, that the
 * applicant may ask to resume with new leads at any time, and for five years the result of every
 * six-monthly 网络查控 re-check (第九条).
 */
export function TerminationCard({ t, onResume }: { t: TerminationView; onResume?: () => void }) {
  return (
    <View className='card' id='termination'>
      <Text className='e-section-title'>终结本次执行程序（终本）</Text>
      <Text style={{ display: 'block' }}>
        法院于{dayText(t.ruledOn)}裁定终结本次执行程序{t.rulingNumber ? `（${t.rulingNumber}）` : ''}
        。终本不是案件结束：被执行人仍然要还钱，限制消费等措施继续有效。
      </Text>
      <Text className='field__label' style={{ marginTop: '16px' }}>
        法院说明已经做到的条件
      </Text>
      {t.conditions.map((c) => (
        <View key={c.id} className='e-row' id={`condition-${c.id}`}>
          <Text>
            <ChoiceMark kind='check' on={c.met} />
            {c.name}
          </Text>
          <Text className={c.met ? 'e-ok' : 'e-overdue'}>{c.met ? '已做到' : '未做到'}</Text>
        </View>
      ))}
      <Text className='e-warn' id='resume-text'>
        {t.resumeText}
      </Text>
      {t.canResume && onResume ? (
        <Button className='btn btn--primary' id='apply-resume' onClick={onResume}>
          有新的财产线索，申请恢复执行
        </Button>
      ) : null}
      <Text className='field__label'>每半年一次的财产复查（到{dayText(t.rechecksUntil)}为止）</Text>
      {t.rechecks.map((r) => (
        <View key={r.number} className={r.doneOn ? 'e-item e-item--done' : r.due.overdue ? 'e-item e-item--overdue' : 'e-item'} id={`recheck-${r.number}`}>
          <Text className='e-item__title'>第{r.number}次复查</Text>
          {r.doneOn ? (
            <Text style={{ display: 'block' }}>{r.text}</Text>
          ) : (
            <Text className={r.due.overdue ? 'e-overdue' : 'muted'} style={{ display: 'block' }}>
              应在{deadlineWords(r.due)}复查
            </Text>
          )}
          {r.resumedCaseId ? <Text className='e-ok'>已发现财产，法院已恢复执行</Text> : null}
        </View>
      ))}
    </View>
  )
}
