import { fireEvent } from '@testing-library/react'
import { FarmCard } from '../../../../src/subpackages/filing/pages/form/steps/FarmCard'
import { click, text, type } from '../../fakeServer'
import { filingData, renderStep, WithAmounts } from './fixtures'

describe('ClaimsStep', () => {
  it('adds a claim with an amount, says the amount back in 万元, and keeps the facts', () => {
    const { latest } = renderStep(WithAmounts)
    click('add-claim')
    type('claim-0-text', '判令被告支付小麦货款')
    type('field-claim-0-amount', '86500')
    expect(text()).toContain('即 8.65万元')
    type('facts', '2025年9月我卖给被告小麦20吨，到现在也没给钱。')
    expect(latest()).toMatchObject({ claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }], facts: '2025年9月我卖给被告小麦20吨，到现在也没给钱。' })
  })

  it('keeps an amount typed as 万 as written, and marks one that is not an amount for the domain check', () => {
    const { latest } = renderStep(WithAmounts, { data: filingData({ claims: [{ text: '付款' }] }) })
    type('field-claim-0-amount', '8.65万')
    expect((document.getElementById('field-claim-0-amount') as HTMLInputElement).value).toBe('8.65万')
    expect(latest().claims[0].amountFen).toBe(8_650_000)
    type('field-claim-0-amount', '八万')
    expect(latest().claims[0].amountFen).toBe(-1)
    type('field-claim-0-amount', '')
    expect(latest().claims[0].amountFen).toBeUndefined()
  })

  it('offers simple and ordinary procedure for a lawsuit asking no money, and removes any claim but the first', () => {
    const { latest } = renderStep(WithAmounts, { data: filingData({ claims: [{ text: '一' }, { text: '二' }] }) })
    click('procedure-ordinary')
    expect(latest().procedure).toBe('ordinary')
    expect(document.getElementById('procedure-ordinary')?.className).toBe('choice choice--on')
    expect(document.querySelectorAll('[id^=claim-] .link')).toHaveLength(1)
    fireEvent.click(document.querySelector('#claim-1 .link') as HTMLElement)
    expect(latest().claims).toEqual([{ text: '一' }])
  })

  it('has no procedure choice and no 案由 for an enforcement application', () => {
    renderStep(WithAmounts, { data: filingData({ kind: 'enforcement', claims: [{ text: '执行判决确定的货款' }] }) })
    expect(document.getElementById('procedure')).toBeNull()
    expect(document.getElementById('cause')).toBeNull()
    expect(text()).toContain('请求金额（元，没有可不填）')
  })

  it('shows the problems of claims and facts under them', () => {
    renderStep(WithAmounts, {
      data: filingData({ claims: [{ text: '' }] }),
      problems: [
        { code: 'X', field: 'claims[0].text', message: '请写明第1项请求' },
        { code: 'X', field: 'facts', message: '请把事实与理由写清楚' },
      ],
    })
    expect(Array.from(document.querySelectorAll('.field__error')).map((e) => e.textContent)).toEqual(['请写明第1项请求', '请把事实与理由写清楚'])
  })
})

describe('FarmCard', () => {
  it('asks for region and activities once the dispute is marked 涉农, with the farm calendar’s choices', () => {
    const { latest } = renderStep(FarmCard)
    expect(document.getElementById('region-ergun')).toBeNull()
    click('agricultural')
    expect(latest()).toMatchObject({ agricultural: true, farm: { region: '', activities: [] } })
    click('region-ergun')
    click('activity-wheat-harvest')
    click('activity-haymaking')
    expect(latest().farm).toEqual({ region: 'ergun', activities: ['wheat-harvest', 'haymaking'] })
    expect(document.getElementById('activity-haymaking')?.textContent).toBe('打草')
    click('activity-wheat-harvest')
    expect(latest().farm?.activities).toEqual(['haymaking'])
  })

  it('forgets the activities when another region is chosen', () => {
    const { latest } = renderStep(FarmCard, { data: filingData({ agricultural: true, farm: { region: 'ergun', activities: ['haymaking'] } }) })
    const other = Array.from(document.querySelectorAll('[id^=region-]')).find((e) => e.id !== 'region-ergun') as HTMLElement
    fireEvent.click(other)
    expect(latest().farm).toEqual({ region: other.id.replace('region-', ''), activities: [] })
  })
})
