import { fireEvent } from '@testing-library/react'
import { FeeCard } from '../../../../src/subpackages/filing/pages/form/steps/FeeCard'
import { ReviewStep } from '../../../../src/subpackages/filing/pages/form/steps/ReviewStep'
import { click, text, type } from '../../fakeServer'
import { filingData, renderStep } from './fixtures'

const withDefendant = filingData({
  parties: [...filingData().parties, { side: 'defendant', type: 'person', name: '王建国', idNumber: '', mobile: '', address: '' }],
  claims: [{ text: '支付小麦货款', amountFen: 8_650_000 }],
  evidence: [{ name: '收条', proves: '收到小麦', fileIds: ['a', 'b'] }],
})

describe('ReviewStep', () => {
  it('sums up the filing to check, and submits once the declaration is ticked', () => {
    const onSubmit = jest.fn()
    const { latest } = renderStep(ReviewStep, {
      data: withDefendant,
      extra: { busy: false, resubmit: false, onSubmit },
    })
    const rows = Array.from(document.querySelectorAll('#summary .summary-row')).map((r) => r.textContent)
    expect(rows).toEqual(['原告：张桂兰', '被告：王建国', '请求1：支付小麦货款（8.65万元）', '证据：1份，文件2个'])
    click('declaration')
    expect(latest().declaration).toBe(true)
    click('submit-filing')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(document.getElementById('submit-filing')?.textContent).toBe('提交给法院')
  })

  it('says 重新提交 for a corrected filing, and holds the button while sending', () => {
    renderStep(ReviewStep, { data: withDefendant, extra: { busy: true, resubmit: true, onSubmit: jest.fn() } })
    const button = document.getElementById('submit-filing') as HTMLButtonElement
    expect(button.textContent).toBe('补正完毕，重新提交')
    expect(button.disabled).toBe(true)
  })

  it('shows the declaration’s problem', () => {
    renderStep(ReviewStep, {
      data: withDefendant,
      extra: { busy: false, resubmit: false, onSubmit: jest.fn() },
      problems: [{ code: 'X', field: 'declaration', message: '请勾选保证内容真实' }],
    })
    expect(text()).toContain('请勾选保证内容真实')
  })
})

describe('FeeCard', () => {
  it('quotes the fee of the claimed amount, halved for simple procedure, with its lines', () => {
    renderStep(FeeCard, { data: withDefendant })
    // 86,500 yuan: 50 + 76,500 × 2.5% = 1,962.50, halved for simple procedure.
    expect(document.getElementById('fee-total')?.textContent).toBe('981.25元')
    expect(document.querySelectorAll('.fee-line').length).toBeGreaterThan(0)
  })

  it('waits for an amount that can be read before quoting', () => {
    renderStep(FeeCard, { data: filingData({ kind: 'enforcement', claims: [{ text: '执行款', amountFen: -1 }] }) })
    expect(text()).toContain('填好请求金额后显示')
  })

  it('asks for a reason when relief from the fee is requested, and keeps the kind chosen', () => {
    const { latest } = renderStep(FeeCard, { data: withDefendant, problems: [{ code: 'X', field: 'feeRelief.reason', message: '请写明交费困难的情况' }] })
    click('fee-relief')
    expect(latest().feeRelief).toEqual({ type: 'defer', reason: '', fileIds: [] })
    fireEvent.click(Array.from(document.querySelectorAll('#fee .choice')).find((c) => c.textContent === '免交') as HTMLElement)
    type('fee-relief-reason', '家里遭了雹灾，享受低保')
    expect(latest().feeRelief).toEqual({ type: 'waive', reason: '家里遭了雹灾，享受低保', fileIds: [] })
    expect(text()).toContain('请写明交费困难的情况')
    click('fee-relief')
    expect(latest().feeRelief).toBeUndefined()
  })
})
