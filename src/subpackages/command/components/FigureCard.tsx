import { Text, View } from '@tarojs/components'
import type { FigureView } from '../../../api/metrics'

/**
 * One figure: its value large, what it is made of, its band and where it stands in words (the
 * colour of the edge only repeats the words). Tappable when the server can list its cases; a screen
 * reader names it by the words on it, so what it says is what a sighted user reads.
 */
export function FigureCard({ f, idPrefix, onOpen }: { f: FigureView; idPrefix: string; onOpen?: () => void }) {
  const tone = f.position === 'below' || f.position === 'above' ? 'figure--off' : f.position === 'within' ? 'figure--ok' : ''
  const open = f.explainable && onOpen ? onOpen : undefined
  return (
    <View className={`card figure ${tone}`} id={`${idPrefix}-${f.figure}`} onClick={open} role={open ? 'button' : undefined}>
      <Text className='figure__name'>{f.name}</Text>
      <Text className='figure__value'>{f.text}</Text>
      <Text className='figure__detail'>{f.detail}</Text>
      <Text className='figure__band'>目标：{f.band ? f.band.text : '未设目标'}</Text>
      <Text className='figure__position'>{f.positionText}</Text>
      {open ? <Text className='figure__more'>查看背后的案件 ›</Text> : null}
    </View>
  )
}
