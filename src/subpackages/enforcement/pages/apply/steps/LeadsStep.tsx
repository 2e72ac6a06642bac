import { Button, Text, View } from '@tarojs/components'
import { PROPERTY_LEAD_KINDS } from '@domain/enforcement/types'
import { useState } from 'react'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { checkLead, emptyLead, LeadForm, type LeadErrors } from '../../../components/LeadForm'
import type { Application } from '../useApplication'

/** Step 3: property leads the applicant knows of (optional: the court searches too), one form at a time. */
export function LeadsStep({ a }: { a: Application }) {
  const [errors, setErrors] = useState<LeadErrors>({})
  const add = () => {
    if (!a.lead) return
    const found = checkLead(a.lead)
    setErrors(found)
    if (Object.keys(found).length === 0) a.addLead()
  }
  return (
    <View>
      <View className='card'>
        <Text>
          知道对方有什么财产（存款、房子、车、牛羊、草场、农机、工资、别人欠他的钱、股份），写在这里，法院会去核查。不知道也可以不填，法院会依职权调查。
        </Text>
      </View>
      {a.leads.map((l, i) => (
        <View key={i} className='e-item' id={`draft-lead-${i}`}>
          <Text className='e-item__title'>{l.kind ? PROPERTY_LEAD_KINDS[l.kind].name : ''}</Text>
          <Text style={{ display: 'block' }}>{l.description}</Text>
          <Text className='muted' style={{ display: 'block' }}>
            在哪里：{l.location}
            {l.photos.length > 0 ? `，照片${l.photos.length}张` : ''}
          </Text>
          <Text className='link' onClick={() => a.setLeads(a.leads.filter((_, j) => j !== i))}>
            删除
          </Text>
        </View>
      ))}
      {a.lead ? (
        <View className='card'>
          <LeadForm idPrefix='new-lead' value={a.lead} onChange={a.setLead} errors={errors} />
          <Button className='btn btn--primary' id='save-lead' onClick={add}>
            添加这条线索
          </Button>
          <Button
            className='btn'
            id='cancel-lead'
            onClick={() => {
              a.setLead(null)
              setErrors({})
            }}
          >
            不填了
          </Button>
        </View>
      ) : (
        <Button className='btn' id='new-lead' onClick={() => a.setLead(emptyLead())}>
          {a.leads.length === 0 ? '添加财产线索' : '再添加一条'}
        </Button>
      )}
      <FieldError message={a.errors.lead} />
    </View>
  )
}
