import { Text, View } from '@tarojs/components'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { FileUploader } from '../../../../filing/components/FileUploader'
import { yuan } from '../../../words'
import { OUTSIDE_KINDS, type Application, type OutsideKind } from '../useApplication'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'

/** Step 1: which effective document to enforce — a case of mine, prefilled, or a document from outside, uploaded. */
export function SourceStep({ a }: { a: Application }) {
  const { eligible, source, outside: o, setOutside, errors } = a
  const set = (patch: Partial<typeof o>) => setOutside({ ...o, ...patch })
  return (
    <View>
      <View className='card'>
        <Text className='field__label'>根据哪份生效文书申请执行？</Text>
        {eligible === null ? <View className='skeleton' /> : null}
        {eligible?.length === 0 ? <Text className='muted'>您在本系统里还没有已经生效的判决书、调解书或司法确认裁定。</Text> : null}
        {eligible?.map((c) => {
          const on = source?.kind === 'case' && source.sourceCaseId === c.sourceCaseId
          return (
            <View
              key={c.sourceCaseId}
              id={`source-${c.sourceCaseId}`}
              className={on ? 'e-item e-item--done' : 'e-item'}
              onClick={() => a.choose({ kind: 'case', sourceCaseId: c.sourceCaseId })}
            >
              <Text className='e-item__title'>
                <ChoiceMark kind='radio' on={on} />
                {c.caseNumber} {c.documentKindName}
              </Text>
              <Text style={{ display: 'block' }}>
                {c.applicants.map((p) => p.name).join('、')} 申请执行 {c.respondents.map((p) => p.name).join('、')}，{yuan(c.amountFen)}
              </Text>
              <Text className='muted' style={{ display: 'block' }}>
                {c.effectiveReason}
              </Text>
              {c.existingEnforcementId ? <Text className='e-warn'>这个案件已经申请过执行，可以在“我的执行案件”里查看。</Text> : null}
            </View>
          )
        })}
        <View id='source-outside' className={source?.kind === 'outside' ? 'e-item e-item--done' : 'e-item'} onClick={() => a.choose({ kind: 'outside' })}>
          <Text className='e-item__title'>
            <ChoiceMark kind='radio' on={source?.kind === 'outside'} />
            其他生效文书
          </Text>
          <Text className='muted'>仲裁裁决书、赋予强制执行效力的公证债权文书，拍照上传。</Text>
        </View>
        <FieldError message={errors.source} />
      </View>
      {source?.kind === 'outside' ? (
        <View className='card' id='outside-form'>
          <Text className='field__label'>文书种类</Text>
          <View className='choices'>
            {(Object.keys(OUTSIDE_KINDS) as OutsideKind[]).map((k) => (
              <View key={k} id={`outside-kind-${k}`} className={o.documentKind === k ? 'choice choice--on' : 'choice'} onClick={() => set({ documentKind: k })}>
                {OUTSIDE_KINDS[k].name}
              </View>
            ))}
          </View>
          <Field
            name='document-number'
            label='文书编号'
            value={o.documentNumber}
            maxlength={60}
            onInput={(v) => set({ documentNumber: v })}
            error={errors.documentNumber}
          />
          <Field
            name='issuer'
            label='作出文书的机构'
            value={o.issuer}
            maxlength={60}
            placeholder={OUTSIDE_KINDS[o.documentKind].issuerHint}
            onInput={(v) => set({ issuer: v })}
            error={errors.issuer}
          />
          <DateField
            name='effective-on'
            label='文书生效日期'
            value={o.effectiveOn}
            start='2000-01-01'
            opensAt='2026-01-01'
            onChange={(v) => set({ effectiveOn: v })}
            error={errors.effectiveOn}
          />
          <DateField
            name='performance-due-on'
            label='文书写的履行期限最后一天（没有可以不填）'
            value={o.performanceDueOn}
            start='2000-01-01'
            opensAt='2026-01-01'
            onChange={(v) => set({ performanceDueOn: v })}
            error={errors.performanceDueOn}
          />
          <Text className='field__label'>文书照片或扫描件</Text>
          <FileUploader idPrefix='source-file' files={o.files} onChange={(files) => set({ files })} />
          <FieldError message={errors.files} />
          <Text className='field__label'>被执行人</Text>
          <View className='choices'>
            <View
              className={o.respondentType === 'person' ? 'choice choice--on' : 'choice'}
              id='respondent-person'
              onClick={() => set({ respondentType: 'person' })}
            >
              个人
            </View>
            <View
              className={o.respondentType === 'organisation' ? 'choice choice--on' : 'choice'}
              id='respondent-org'
              onClick={() => set({ respondentType: 'organisation' })}
            >
              单位
            </View>
          </View>
          <Field
            name='respondent-name'
            label='姓名或单位名称'
            value={o.respondentName}
            maxlength={60}
            onInput={(v) => set({ respondentName: v })}
            error={errors.respondentName}
          />
          <Field
            name='respondent-id'
            label={o.respondentType === 'person' ? '身份证号（知道的话填）' : '统一社会信用代码（知道的话填）'}
            type='idcard'
            maxlength={18}
            value={o.respondentIdNumber}
            onInput={(v) => set({ respondentIdNumber: v })}
          />
          <Field
            name='respondent-mobile'
            label='手机号（知道的话填）'
            type='number'
            maxlength={11}
            value={o.respondentMobile}
            onInput={(v) => set({ respondentMobile: v })}
          />
          <Field
            name='amount'
            label='申请执行金额（元）'
            type='digit'
            value={o.amountText}
            onInput={(v) => set({ amountText: v })}
            error={errors.amount}
            hint={a.amountFen !== null && a.amountFen > 0 ? `即 ${yuan(a.amountFen)}` : undefined}
          />
          <Text className='field__label'>执行法院</Text>
          <View className='choices'>
            {a.courts.map((c) => (
              <View key={c.id} id={`court-${c.id}`} className={o.courtId === c.id ? 'choice choice--on' : 'choice'} onClick={() => set({ courtId: c.id })}>
                {c.name}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <PeriodCard a={a} />
    </View>
  )
}

/** The 2-year period in words, and for a late application what the law means by it (it is still accepted). */
export function PeriodCard({ a }: { a: Application }) {
  if (!a.period) return null
  return (
    <View className='card' id='period'>
      <Text className='e-item__title' id='period-text'>
        {a.period.text}
      </Text>
      <Text className='muted' style={{ display: 'block' }}>
        依据：{a.period.article}
        {a.period.provisional ? '（节假日安排公布后再核对）' : ''}
      </Text>
      {a.period.late ? (
        <Text className='e-warn' id='late-warning'>
          {a.period.warning}
        </Text>
      ) : null}
    </View>
  )
}
