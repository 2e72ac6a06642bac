import { Button, Checkbox, Text, View } from '@tarojs/components'
import type { FilingParty, PartySide } from '@domain/filing/types'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { sideNames } from '../../../../../utils/filingLabels'
import type { StepProps } from '../filingSteps'
import { AgentCard } from './AgentCard'

/**
 * One party: a person (姓名, 身份证号) or an organisation (名称, 信用代码, 法定代表人), with mobile and
 * address, and whether the party has no domicile in China (30-day periods, no small claims).
 */
export function PartyCard({
  i,
  party,
  side,
  onChange,
  onRemove,
  errorAt,
}: {
  i: number
  party: FilingParty
  side: string
  onChange: (patch: Partial<FilingParty>) => void
  onRemove?: () => void
  errorAt: StepProps['errorAt']
}) {
  const at = (f: string) => errorAt(`parties[${i}].${f}`)
  return (
    <View className='card party' id={`party-${i}`}>
      <View className='party__head'>
        <Text>
          {side}
          {party.type === 'organisation' ? '（单位）' : ''}
        </Text>
        {onRemove ? (
          <Text className='link' onClick={onRemove}>
            删除
          </Text>
        ) : null}
      </View>
      <Field
        name={`p${i}-name`}
        label={party.type === 'person' ? '姓名' : '单位名称'}
        value={party.name}
        onInput={(v) => onChange({ name: v })}
        error={at('name')}
      />
      {party.type === 'person' ? (
        <Field
          name={`p${i}-idNumber`}
          label={party.side === 'plaintiff' ? '身份证号' : '身份证号（知道的话请填写）'}
          type='idcard'
          maxlength={18}
          value={party.idNumber}
          onInput={(v) => onChange({ idNumber: v })}
          error={at('idNumber')}
        />
      ) : null}
      {party.type === 'person' && party.side !== 'plaintiff' && !party.idNumber.trim() ? (
        <Text className='muted' id={`p${i}-no-id-hint`}>
          不知道对方的身份证号也可以提交：写清姓名和住址（知道手机号也请填上），法院据此找到对方（《民事诉讼法》第一百二十四条）。
        </Text>
      ) : null}
      {party.type === 'person' ? null : (
        <>
          <Field
            name={`p${i}-creditCode`}
            label='统一社会信用代码'
            maxlength={18}
            value={party.creditCode}
            onInput={(v) => onChange({ creditCode: v })}
            error={at('creditCode')}
          />
          <Field
            name={`p${i}-representative`}
            label='法定代表人'
            value={party.representative}
            onInput={(v) => onChange({ representative: v })}
            error={at('representative')}
          />
        </>
      )}
      <Field
        name={`p${i}-mobile`}
        label={party.side === 'plaintiff' ? '手机号' : '手机号（知道的话请填写）'}
        type='number'
        maxlength={11}
        value={party.mobile}
        onInput={(v) => onChange({ mobile: v })}
        error={at('mobile')}
      />
      <Field name={`p${i}-address`} label='住址' value={party.address} onInput={(v) => onChange({ address: v })} error={at('address')} />
      <View className='check' id={`p${i}-abroad`} onClick={() => onChange({ abroad: party.abroad ? undefined : true })}>
        <Checkbox value='abroad' checked={party.abroad === true} nativeProps={{ 'aria-label': '在中国境内没有住所（比如定居在国外）' }} />
        <Text>在中国境内没有住所（比如定居在国外）</Text>
      </View>
      {party.abroad ? (
        <Text className='muted' id={`p${i}-abroad-hint`}>
          这样的当事人答辩、上诉的期限是30天；案件不适用小额诉讼。
        </Text>
      ) : null}
      <FieldError message={at('abroad')} />
    </View>
  )
}

const blankParty = (side: PartySide, type: 'person' | 'organisation'): FilingParty =>
  type === 'person'
    ? { side, type, name: '', idNumber: '', mobile: '', address: '' }
    : { side, type, name: '', creditCode: '', representative: '', mobile: '', address: '' }

/** Step 1: who sues whom (named as the kind of filing names them), and whether an agent files for the party. */
export function PartiesStep({ data, update, errorAt, files }: StepProps) {
  const sides = sideNames(data.kind)
  const setParty = (i: number, patch: Partial<FilingParty>) =>
    update((d) => ({ ...d, parties: d.parties.map((p, j) => (j === i ? ({ ...p, ...patch } as FilingParty) : p)) }))
  const addParty = (side: PartySide, type: 'person' | 'organisation') => update((d) => ({ ...d, parties: [...d.parties, blankParty(side, type)] }))
  return (
    <View>
      {data.parties.map((p, i) => (
        <PartyCard
          key={i}
          i={i}
          party={p}
          side={sides[p.side]}
          errorAt={errorAt}
          onChange={(patch) => setParty(i, patch)}
          onRemove={i > 0 ? () => update((d) => ({ ...d, parties: d.parties.filter((_, j) => j !== i) })) : undefined}
        />
      ))}
      <FieldError message={errorAt('parties')} />
      <Button className='btn' id='add-defendant' onClick={() => addParty('defendant', 'person')}>
        ＋ 添加{sides.defendant}（个人）
      </Button>
      <Button className='btn' id='add-defendant-org' onClick={() => addParty('defendant', 'organisation')}>
        ＋ 添加{sides.defendant}（单位）
      </Button>
      <Button className='btn' id='add-plaintiff' onClick={() => addParty('plaintiff', 'person')}>
        ＋ 添加{sides.plaintiff}
      </Button>
      <Button className='btn' id='add-third' onClick={() => addParty('third-party', 'person')}>
        ＋ 添加{sides['third-party']}
      </Button>
      <AgentCard data={data} update={update} errorAt={errorAt} files={files} />
    </View>
  )
}
