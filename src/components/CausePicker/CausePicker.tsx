import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CauseOfAction } from '@domain/causes/causesOfAction'

export interface CausePickerProps {
  /** prefix of the element ids: `${idPrefix}-search`, `${idPrefix}-option-0` … */
  idPrefix: string
  /** the cause chosen, as the list carries it */
  chosen?: CauseOfAction
  /** the name chosen when the list does not carry it (typed on another device, or an older list) */
  chosenName?: string
  /**
   * The causes for what is typed, best first (the domain's searchCauses). Passed in rather than
   * imported, so this shared component carries none of the 案由 list: only the subpackages that
   * search it do.
   */
  search: (query: string) => CauseOfAction[]
  onChoose: (cause: CauseOfAction) => void
}

/** Both are “讨工钱”, and the fee differs a hundredfold: the picker says which is which wherever either shows. */
export const WAGES_NOTE =
  '讨工钱分两种：给个人干活（帮工、打零工）的，选“劳务合同纠纷”，按要的金额交诉讼费；在公司、工厂、合作社等单位上班被拖欠工资的，选“追索劳动报酬纠纷”，每件只交10元，还可以先不交。'
const WAGE_CAUSES = ['劳务合同纠纷', '追索劳动报酬纠纷']

/**
 * 案由 picker: the common rural causes first, a search by everyday words (卖牛, 借钱, 工钱, 离婚),
 * each cause with its one plain sentence. Names only, large, no codes.
 */
export function CausePicker({ idPrefix, chosen, chosenName, search, onChoose }: CausePickerProps) {
  const name = chosen?.name ?? chosenName
  const [picking, setPicking] = useState(!name)
  const [query, setQuery] = useState('')
  const results = picking ? search(query) : []
  const showNote = results.some((c) => WAGE_CAUSES.includes(c.name)) || (!picking && name !== undefined && WAGE_CAUSES.includes(name))
  return (
    <View className='cause' id={idPrefix}>
      {!picking && name ? (
        <View className='cause__chosen' id={`${idPrefix}-chosen`}>
          <Text className='cause__name'>{name}</Text>
          {chosen ? <Text className='cause__hint'>{chosen.hint}</Text> : null}
          {chosen?.relief ? <Text className='cause__relief'>{chosen.relief}</Text> : null}
          <Text className='link cause__change' id={`${idPrefix}-change`} onClick={() => setPicking(true)}>
            换一个
          </Text>
        </View>
      ) : (
        <View>
          <Input
            className='field__input'
            id={`${idPrefix}-search`}
            name={`${idPrefix}-search`}
            value={query}
            maxlength={20}
            nativeProps={{ 'aria-label': '查找纠纷的名称' }}
            placeholder='输入几个字查找，例如：卖牛、借钱、工钱'
            onInput={(e) => setQuery(e.detail.value)}
          />
          <Text className='muted cause__prompt'>{query.trim() ? '找到这些，点一下选中：' : '常见的纠纷，点一下选中：'}</Text>
          {results.map((c, i) => (
            <View
              key={c.name}
              className={c.name === name ? 'cause__option cause__option--on' : 'cause__option'}
              id={`${idPrefix}-option-${i}`}
              onClick={() => {
                onChoose(c)
                setPicking(false)
                setQuery('')
              }}
            >
              <Text className='cause__name'>{c.name}</Text>
              <Text className='cause__hint'>{c.hint}</Text>
            </View>
          ))}
          {results.length === 0 ? (
            <Text className='cause__none' id={`${idPrefix}-none`}>
              没有找到。换个说法试试，例如“卖牛”“借钱”“工钱”“离婚”。
            </Text>
          ) : null}
        </View>
      )}
      {showNote ? (
        <View className='banner banner--warn cause__note' id={`${idPrefix}-wages-note`}>
          {WAGES_NOTE}
        </View>
      ) : null}
    </View>
  )
}
