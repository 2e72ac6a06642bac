import { Switch, Text, Textarea, View } from '@tarojs/components'
import { PROPERTY_LEAD_KINDS } from '@domain/enforcement/types'
import type { FileInfo } from '../../../api/filings'
import type { LeadInput, LeadKind } from '../../../api/enforcement'
import { Field } from '../../../components/Field/Field'
import { FieldError } from '../../../components/FieldError/FieldError'
import { FileUploader } from '../../filing/components/FileUploader'

/** A lead as the form holds it: the photos with their names, so the list can show them. */
export interface LeadDraft {
  kind: LeadKind | null
  description: string
  location: string
  photos: FileInfo[]
  urgent: boolean
  urgentReason: string
}

export type LeadErrors = Partial<Record<'kind' | 'description' | 'location' | 'urgentReason', string>>

export const emptyLead = (): LeadDraft => ({ kind: null, description: '', location: '', photos: [], urgent: false, urgentReason: '' })

const KINDS = Object.entries(PROPERTY_LEAD_KINDS) as Array<[LeadKind, (typeof PROPERTY_LEAD_KINDS)[LeadKind]]>

/** The same limits the server checks (AddLeadBody), said in words before anything is sent. */
export function checkLead(d: LeadDraft): LeadErrors {
  const e: LeadErrors = {}
  if (!d.kind) e.kind = '请选择是什么财产'
  if (d.description.trim().length < 2) e.description = '请写一写财产的情况，例如多少头牛、什么车'
  if (d.location.trim().length < 2) e.location = '请写上在哪里可以找到它'
  if (d.urgent && d.urgentReason.trim().length < 2) e.urgentReason = '请写明为什么紧急，例如对方正在卖牛'
  return e
}

export function toLeadInput(d: LeadDraft): LeadInput {
  return {
    kind: d.kind as LeadKind,
    description: d.description.trim(),
    location: d.location.trim(),
    photoFileIds: d.photos.map((p) => p.id),
    urgent: d.urgent,
    ...(d.urgent ? { urgentReason: d.urgentReason.trim() } : {}),
  }
}

/**
 * 财产线索 by kind: the applicant picks what it is (bank account … livestock … shares), says what
 * and where, adds photos, and may ask for urgent checking. The court checks a lead within 7 days,
 * 3 when urgent (《财产调查规定》第二条).
 */
export function LeadForm({ idPrefix, value, onChange, errors }: { idPrefix: string; value: LeadDraft; onChange: (d: LeadDraft) => void; errors: LeadErrors }) {
  const set = (patch: Partial<LeadDraft>) => onChange({ ...value, ...patch })
  const info = value.kind ? PROPERTY_LEAD_KINDS[value.kind] : null
  return (
    <View className='lead-form' id={`${idPrefix}-form`}>
      <Text className='field__label'>是什么财产？</Text>
      <View className='choices'>
        {KINDS.map(([kind, k]) => (
          <View key={kind} id={`${idPrefix}-kind-${kind}`} className={value.kind === kind ? 'choice choice--on' : 'choice'} onClick={() => set({ kind })}>
            {k.name}
          </View>
        ))}
      </View>
      <FieldError message={errors.kind} />
      {info ? <Text className='e-warn'>{info.hint}</Text> : null}
      <Text className='field__label'>财产情况</Text>
      <Textarea
        className='textarea'
        id={`${idPrefix}-description`}
        value={value.description}
        maxlength={1000}
        placeholder='例如：肉牛约30头，黄白花色'
        onInput={(e) => set({ description: e.detail.value })}
      />
      <FieldError message={errors.description} />
      <Field
        name={`${idPrefix}-location`}
        label='在哪里可以找到'
        value={value.location}
        maxlength={200}
        placeholder='例如：拉布大林嘎查北边的草场'
        onInput={(location) => set({ location })}
        error={errors.location}
      />
      <Text className='field__label'>照片（选填）</Text>
      <FileUploader idPrefix={`${idPrefix}-file`} files={value.photos} onChange={(photos) => set({ photos })} />
      <View className='e-row'>
        <Text>情况紧急（对方可能转移或卖掉）</Text>
        <Switch
          id={`${idPrefix}-urgent`}
          checked={value.urgent}
          nativeProps={{ 'aria-label': '情况紧急（对方可能转移或卖掉）' }}
          onChange={(e) => set({ urgent: e.detail.value })}
        />
      </View>
      {value.urgent ? (
        <Field
          name={`${idPrefix}-urgent-reason`}
          label='为什么紧急'
          value={value.urgentReason}
          maxlength={500}
          onInput={(urgentReason) => set({ urgentReason })}
          error={errors.urgentReason}
        />
      ) : null}
      <Text className='muted'>法院收到线索后7日内核查，情况紧急的3日内核查（《财产调查规定》第二条）。您和法院都能看到核查期限。</Text>
    </View>
  )
}
