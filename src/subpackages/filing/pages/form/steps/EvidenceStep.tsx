import { Button, Text, View } from '@tarojs/components'
import type { EvidenceItem } from '@domain/filing/types'
import { Field } from '../../../../../components/Field/Field'
import { FileUploader } from '../../../components/FileUploader'
import type { StepProps } from '../filingSteps'

/** Step 3: each piece of evidence with its name, what it proves, and its photos or PDFs. */
export function EvidenceStep({ data, update, errorAt, files }: StepProps) {
  const setItem = (i: number, patch: Partial<EvidenceItem>) => update((d) => ({ ...d, evidence: d.evidence.map((x, j) => (j === i ? { ...x, ...patch } : x)) }))
  return (
    <View>
      <Text className='muted'>每份证据写明名称和要证明什么，再拍照或上传 PDF。单个文件不超过20MB。没有证据也可以先提交。</Text>
      {data.evidence.map((e, i) => (
        <View key={i} className='card' id={`evidence-${i}`}>
          <Field
            name={`ev${i}-name`}
            label={`证据${i + 1}名称`}
            value={e.name}
            placeholder='例如：收条、欠条、合同'
            error={errorAt(`evidence[${i}].name`)}
            onInput={(v) => setItem(i, { name: v })}
          />
          <Field
            name={`ev${i}-proves`}
            label='要证明什么'
            value={e.proves}
            placeholder='例如：被告收到小麦20吨'
            error={errorAt(`evidence[${i}].proves`)}
            onInput={(v) => setItem(i, { proves: v })}
          />
          <FileUploader
            idPrefix={`ev${i}`}
            files={files.list(e.fileIds)}
            onChange={(list) => {
              files.remember(list)
              setItem(i, { fileIds: list.map((f) => f.id) })
            }}
          />
          <Text className='link' onClick={() => update((d) => ({ ...d, evidence: d.evidence.filter((_, j) => j !== i) }))}>
            删除这份证据
          </Text>
        </View>
      ))}
      <Button className='btn' id='add-evidence' onClick={() => update((d) => ({ ...d, evidence: [...d.evidence, { name: '', proves: '', fileIds: [] }] }))}>
        ＋ 添加一份证据
      </Button>
    </View>
  )
}
