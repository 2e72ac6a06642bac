import { Text } from '@tarojs/components'
import './ChoiceMark.scss'

export interface ChoiceMarkProps {
  /** A tick box (several may be chosen) or a round radio mark (one of a list). */
  kind: 'check' | 'radio'
  on: boolean
}

/**
 * The box or circle in front of a choice, drawn in CSS: a tick or a dot when chosen, so the state
 * shows by shape, not by colour alone, and needs no font. It sizes with the words (em), so it grows
 * in 长辈模式 with them. The words of the row say what is chosen; the mark itself is decorative.
 *
 * @example <Text><ChoiceMark kind='radio' on={k === kind} />民事一审</Text>
 */
export function ChoiceMark({ kind, on }: ChoiceMarkProps) {
  return <Text className={`mark mark--${kind}${on ? ' mark--on' : ''}`} aria-hidden='true' />
}
