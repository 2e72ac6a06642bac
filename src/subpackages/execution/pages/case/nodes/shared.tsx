import { Button, Text, Textarea, View } from '@tarojs/components'
import { parseYuan } from '@domain/money/parseYuan'
import type { EnforcementCaseView, NodeBody } from '../../../../../api/enforcement'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { todayInShanghai } from '../../../../../utils/today'

/** What every node form gets: the case, and `record`, which sends one node and says what happened. */
export interface NodeFormProps {
  c: EnforcementCaseView
  busy: boolean
  record: (body: NodeBody, done: string) => Promise<boolean>
}

export const today = () => todayInShanghai()

/** Fen from yuan as typed, or the plain reason it cannot be read. */
export function fenOf(text: string): { fen: number } | { error: string } {
  try {
    return { fen: parseYuan(text) }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

/** A labelled text area. */
export function Area({ id, label, value, onInput, error }: { id: string; label: string; value: string; onInput: (v: string) => void; error?: string | null }) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Textarea className='textarea' id={id} value={value} maxlength={2000} onInput={(e) => onInput(e.detail.value)} />
      <FieldError message={error} />
    </View>
  )
}

export function SaveButton({ id, busy, onClick, children = '保存' }: { id: string; busy: boolean; onClick: () => void; children?: string }) {
  return (
    <Button className='btn btn--primary' id={id} disabled={busy} onClick={onClick}>
      {busy ? '正在保存…' : children}
    </Button>
  )
}
