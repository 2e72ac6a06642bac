import { fireEvent, render, screen } from '@testing-library/react'
import { searchCauses } from '@domain/causes/searchCauses'
import type { FilingData } from '@domain/filing/types'
import { CausePicker, WAGES_NOTE } from '../../../../src/components/CausePicker/CausePicker'
import { click, text, type } from '../../fakeServer'
import { filingData, renderStep, WithAmounts } from './fixtures'

const names = () => Array.from(document.querySelectorAll('[id^=cause-option-] .cause__name')).map((e) => e.textContent)
const hints = () => Array.from(document.querySelectorAll('[id^=cause-option-] .cause__hint')).map((e) => e.textContent ?? '')
const amountLabel = () => document.querySelector('#claim-0 .field__label ~ .field .field__label')?.textContent

describe('案由 picker in the filing form', () => {
  it('shows the common rural causes first, each with its plain sentence and no codes', () => {
    renderStep(WithAmounts)
    expect(names().slice(0, 8)).toEqual([
      '买卖合同纠纷',
      '民间借贷纠纷',
      '土地承包经营权纠纷',
      '农村土地承包合同纠纷',
      '土地经营权出租合同纠纷',
      '牧业承包合同纠纷',
      '劳务合同纠纷',
      '追索劳动报酬纠纷',
    ])
    expect(names()).toEqual(expect.arrayContaining(['离婚纠纷', '抚养费纠纷', '赡养纠纷']))
    expect(hints()[0]).toBe('卖粮食、卖牛羊，买化肥、种子、农机，对方不给钱或者货不对。按要的金额交诉讼费。')
    expect(hints().every((h) => h.length > 0)).toBe(true)
    // Nothing internal on screen: no fee-category names or codes in Latin letters.
    expect(document.getElementById('cause')?.textContent).not.toMatch(/[A-Za-z]/)
  })

  it('makes plain which wage dispute is a labour dispute and which is work for a person', () => {
    renderStep(WithAmounts)
    type('cause-search', '工资')
    expect(names()).toEqual(['劳务合同纠纷', '追索劳动报酬纠纷'])
    expect(hints()[0]).toContain('给个人干活')
    expect(hints()[1]).toContain('在公司、工厂、合作社等用人单位上班')
    expect(document.getElementById('cause-wages-note')?.textContent).toBe(WAGES_NOTE)
    type('cause-search', '离婚')
    expect(document.getElementById('cause-wages-note')).toBeNull()
  })

  it('finds causes by everyday words, and says so when nothing fits', () => {
    renderStep(WithAmounts)
    type('cause-search', '卖牛')
    expect(names()[0]).toBe('买卖合同纠纷')
    type('cause-search', '借条')
    expect(names()).toContain('民间借贷纠纷')
    type('cause-search', '火星')
    expect(names()).toEqual([])
    expect(document.getElementById('cause-none')?.textContent).toContain('换个说法试试')
  })

  it('saves the chosen cause into the draft, shows it with its hint, and lets it be changed', () => {
    const { latest } = renderStep(WithAmounts)
    type('cause-search', '工资')
    fireEvent.click(screen.getByText('追索劳动报酬纠纷'))
    expect(latest().cause).toBe('追索劳动报酬纠纷')
    expect(document.getElementById('cause-search')).toBeNull()
    expect(document.getElementById('cause-chosen')?.textContent).toContain('每件只交10元，可以先不交')
    // The chosen one is a wage cause: the difference stays on screen.
    expect(document.getElementById('cause-wages-note')).not.toBeNull()
    click('cause-change')
    fireEvent.click(screen.getByText('民间借贷纠纷'))
    expect(latest().cause).toBe('民间借贷纠纷')
  })

  it('opens on the cause already in the draft, with the fee relief it may have', () => {
    renderStep(WithAmounts, { data: filingData({ cause: '赡养费纠纷' }) })
    expect(document.getElementById('cause-chosen')?.textContent).toContain('追讨赡养费的，可以申请免交诉讼费')
  })

  it('keeps a cause the list does not carry, by its name', () => {
    render(<CausePicker idPrefix='c' chosenName='船舶碰撞损害责任纠纷' search={searchCauses} onChoose={jest.fn()} />)
    expect(document.getElementById('c-chosen')?.textContent).toContain('船舶碰撞损害责任纠纷')
  })
})

describe('claim amount label by cause', () => {
  it.each([
    ['no cause yet: the amount asked', undefined, '请求金额（元，没有可不填）'],
    ['a sale: the amount asked', '买卖合同纠纷', '请求金额（元，没有可不填）'],
    ['divorce: the property to divide', '离婚纠纷', '要分割的财产（元，没有可不填）'],
    ['defamation: the damages asked', '名誉权纠纷', '要求赔偿的金额（元，没有可不填）'],
    ['a portrait used without consent: the damages asked', '肖像权纠纷', '要求赔偿的金额（元，没有可不填）'],
    ['unpaid wages: the amount asked (the fee is 10元 whatever it is)', '追索劳动报酬纠纷', '请求金额（元，没有可不填）'],
    ['after divorce: a property claim by the amount', '离婚后财产纠纷', '请求金额（元，没有可不填）'],
  ])('%s', (_label, cause, label) => {
    renderStep(WithAmounts, { data: filingData({ cause, claims: [{ text: '请求' }] } as Partial<FilingData>) })
    expect(amountLabel()).toBe(label)
    expect(text()).toContain(label)
  })
})
