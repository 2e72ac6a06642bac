import { Checkbox, Text, View } from '@tarojs/components'
import type { FilingData } from '@domain/filing/types'
import { formatYuan } from '@domain/money/formatYuan'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { PROCEDURE_LABELS } from '../../../../../utils/filingLabels'
import type { StepProps } from '../filingSteps'
import type { SmallClaimsView, WageUsed } from '../procedure'

type Answer = keyof NonNullable<FilingData['smallClaims']>

const QUESTIONS: Array<{ key: Answer; title: string }> = [
  { key: 'agreed', title: '双方都同意用小额诉讼审理（一审终审，审得快）' },
  { key: 'appraisal', title: '案子需要评估、鉴定（比如伤情鉴定、房屋估价），或者对起诉前做过的评估、鉴定有意见' },
  { key: 'whereaboutsUnknown', title: '找不到被告，不知道他（她）在哪里' },
]

/** Where the threshold comes from, in words: which figure, which year, and when an older one stands in. */
function wageSource(wage: WageUsed): string {
  const figure = `${wage.provinceName}${wage.year}年${wage.series}${formatYuan(wage.wageFen)}`
  return wage.previousYear ? `依据：${figure}。` : `依据：${figure}（上一年的数字还没有公布，先按${wage.year}年的算）。`
}

/**
 * 审理程序: the procedure follows from the small-claims rule, with its reason in one sentence; the
 * filer answers only the questions that can change it, and chooses between simple and ordinary
 * procedure where small claims does not apply.
 */
export function ProcedureCard({ data, update, errorAt, view }: Pick<StepProps, 'data' | 'update' | 'errorAt'> & { view: SmallClaimsView }) {
  if (view.state === 'not-civil') return null
  const answers = data.smallClaims ?? {}
  const toggle = (key: Answer) => update((d) => ({ ...d, smallClaims: { ...d.smallClaims, [key]: d.smallClaims?.[key] ? undefined : true } }))
  const decided = view.state === 'decided' ? view : null
  const small = decided?.decision.procedure === 'small-claims'
  const asked = decided?.askConditions ? QUESTIONS.filter((q) => q.key !== 'agreed' || decided.askAgreed) : []
  return (
    <View className='card' id='procedure'>
      <Text className='field__label'>审理程序</Text>
      {decided ? (
        <>
          {small ? (
            <Text className='procedure__name' id='procedure-small-claims'>
              小额诉讼
            </Text>
          ) : null}
          <Text className='procedure__reason' id='procedure-reason'>
            {decided.decision.reason}
          </Text>
        </>
      ) : view.state === 'no-wage' ? (
        <Text className='procedure__reason' id='procedure-reason'>
          是否适用小额诉讼，由法院立案时决定。
        </Text>
      ) : (
        <Text className='muted'>填好请求金额后，这里会说明是否适用小额诉讼。</Text>
      )}
      {small ? (
        <Text className='muted'>小额诉讼一审终审：判决一作出就生效，不能上诉；诉讼费减半。</Text>
      ) : (
        <View className='choices'>
          {(['simple', 'ordinary'] as const).map((p) => (
            <View
              key={p}
              id={`procedure-${p}`}
              className={data.procedure === p ? 'choice choice--on' : 'choice'}
              onClick={() => update((d) => ({ ...d, procedure: p }))}
            >
              {PROCEDURE_LABELS[p].title}：{PROCEDURE_LABELS[p].hint}
            </View>
          ))}
        </View>
      )}
      {asked.length > 0 ? <Text className='field__label procedure__ask'>下面的情况有的，请勾选：</Text> : null}
      {asked.map((q) => (
        <View key={q.key} className='check' id={`sc-${q.key}`} onClick={() => toggle(q.key)}>
          <Checkbox value={q.key} checked={answers[q.key] === true} nativeProps={{ 'aria-label': q.title }} />
          <Text>{q.title}</Text>
        </View>
      ))}
      {decided ? <Text className='muted procedure__source'>{wageSource(decided.wage)}最终由法院决定。</Text> : null}
      <FieldError message={errorAt('procedure')} />
    </View>
  )
}
