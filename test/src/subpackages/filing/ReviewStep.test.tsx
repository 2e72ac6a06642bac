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
    expect(rows).toEqual([
      '原告：张桂兰',
      '被告：王建国（未填身份证号，住址：未填）',
      '纠纷：（未选）',
      '请求1：支付小麦货款（8.65万元）',
      '程序：简易程序',
      '证据：1份，文件2个',
    ])
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

  it.each([
    // 《诉讼费用交纳办法》第十三条第（四）项: 10元 whatever the amount; 第二十条第一款: not prepaid.
    ['unpaid wages of 8万 from an employer, ordinary procedure', '追索劳动报酬纠纷', 8_000_000, 'ordinary', '10元', true],
    ['the same in simple procedure: halved (第十六条)', '追索劳动报酬纠纷', 8_000_000, 'simple', '5元', true],
    ['another labour dispute: 10元, prepaid', '工伤保险待遇纠纷', 8_000_000, 'ordinary', '10元', false],
    ['5万 of wages from a person (劳务): a property case, prepaid', '劳务合同纠纷', 5_000_000, 'ordinary', '1,050元', false],
    // 第十三条第（二）项第1目: 50–300元, plus 0.5% of the 10万 over 20万.
    ['divorce dividing 30万', '离婚纠纷', 30_000_000, 'ordinary', '550元至800元', false],
    ['divorce dividing 30万, simple procedure', '离婚纠纷', 30_000_000, 'simple', '275元至400元', false],
    // 第2目: 100–500元, plus 1% of 5万–10万 of damages.
    ['defamation, 8万 of damages', '名誉权纠纷', 8_000_000, 'ordinary', '400元至800元', false],
    ['no cause chosen: by the amount', undefined, 5_000_000, 'ordinary', '1,050元', false],
  ] as const)('quotes by the cause: %s', (_label, cause, amountFen, procedure, total, noPrepay) => {
    renderStep(FeeCard, { data: filingData({ cause, procedure, claims: [{ text: '请求', amountFen }] }) })
    expect(document.getElementById('fee-total')?.textContent).toBe(total)
    if (noPrepay) {
      expect(document.getElementById('fee-prepay')?.textContent).toBe(
        '这类案件可以先不交诉讼费讨要被拖欠的工资（追索劳动报酬）的案件，起诉时不用预交，案件审完后由法院决定由谁负担。依据：《诉讼费用交纳办法》第二十条第一款',
      )
      expect(text()).not.toContain('收到通知后7日内交纳')
    } else {
      expect(document.getElementById('fee-prepay')).toBeNull()
      expect(text()).toContain('收到通知后7日内交纳')
    }
    expect(document.getElementById('fee-no-cause') === null).toBe(cause !== undefined)
  })

  it('says an enforcement fee is paid after enforcement, and a judicial confirmation costs nothing', () => {
    renderStep(FeeCard, { data: filingData({ kind: 'enforcement', claims: [{ text: '执行款', amountFen: 10_000_000 }] }) })
    expect(document.getElementById('fee-prepay')?.textContent).toContain('这类案件可以先不交诉讼费执行申请费在执行后交纳。')
    document.body.innerHTML = ''
    renderStep(FeeCard, { data: filingData({ kind: 'judicial-confirmation', claims: [] }) })
    expect(document.getElementById('fee-total')?.textContent).toBe('0元')
    expect(document.getElementById('fee-prepay')).toBeNull()
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
