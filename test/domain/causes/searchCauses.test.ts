import fc from 'fast-check'
import { CAUSES_OF_ACTION, searchCauses } from '../../../domain'

const names = (q: string, limit?: number) => searchCauses(q, limit).map((c) => c.name)

describe('searchCauses — the filing’s 案由 picker', () => {
  it('offers the common rural causes before anything is typed', () => {
    const shown = names('')
    expect(shown.slice(0, 3)).toEqual(['买卖合同纠纷', '民间借贷纠纷', '土地承包经营权纠纷'])
    expect(shown).toHaveLength(20)
    expect(searchCauses('   ').every((c) => c.common)).toBe(true)
  })

  it.each([
    { label: 'an exact name first', query: '离婚纠纷', first: '离婚纠纷' },
    { label: 'a name start: 离婚 → 离婚纠纷, then 离婚后…', query: '离婚', first: '离婚纠纷', also: ['离婚后财产纠纷'] },
    { label: '卖牛 finds the sales contract', query: '卖牛', first: '买卖合同纠纷' },
    { label: '借条 finds private loans', query: '借条', first: '民间借贷纠纷' },
    { label: '草原 finds the grassland contracts', query: '草原', first: '农村土地承包合同纠纷', also: ['牧业承包合同纠纷', '土地经营权出租合同纠纷'] },
    { label: '彩礼 finds 婚约财产纠纷', query: '彩礼', first: '婚约财产纠纷' },
    { label: '狗咬 finds the animal tort', query: '狗咬', first: '饲养动物损害责任纠纷' },
    { label: '赡养 finds support of parents', query: '赡养', first: '赡养纠纷', also: ['赡养费纠纷'] },
    { label: 'two words must both fit', query: '土地 租金', first: '土地经营权出租合同纠纷' },
    { label: 'a word from a hint', query: '造谣', first: '名誉权纠纷' },
  ])('$label', ({ query, first, also }) => {
    const shown = names(query)
    expect(shown[0]).toBe(first)
    if (also) expect(shown).toEqual(expect.arrayContaining(also))
  })

  it('shows 劳务合同纠纷 and 追索劳动报酬纠纷 together for 工资, each with its hint', () => {
    const shown = searchCauses('工资')
    expect(shown.map((c) => c.name)).toEqual(['劳务合同纠纷', '追索劳动报酬纠纷'])
    expect(shown[0].hint).not.toBe(shown[1].hint)
  })

  it.each([
    { label: 'gibberish', query: 'xyz' },
    { label: 'a word no cause has', query: '飞船' },
    { label: 'one fitting and one unfitting word', query: '离婚 飞船' },
  ])('finds nothing for $label', ({ query }) => {
    expect(searchCauses(query)).toEqual([])
  })

  it('respects the limit', () => {
    expect(searchCauses('纠纷', 5)).toHaveLength(5)
    expect(searchCauses('', 0)).toEqual([])
  })

  it('finds every cause by its own name, first, and never returns anything the words do not fit', () => {
    for (const c of CAUSES_OF_ACTION.causes) expect(names(c.name)[0]).toBe(c.name)
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (q) => {
        const words = q.trim().split(/\s+/).filter(Boolean)
        for (const c of searchCauses(q, 200)) {
          for (const w of words) {
            const fits = c.name.includes(w) || c.hint.includes(w) || c.keywords.some((k) => k.includes(w) || w.includes(k))
            expect(fits).toBe(true)
          }
        }
      }),
    )
  })
})
