import { fireEvent, render, screen } from '@testing-library/react'
import FeeCalculator from '../../../../src/subpackages/tools/pages/fee/index'

const type = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
const text = (id: string) => document.getElementById(id)?.textContent

describe('诉讼费计算 page', () => {
  it('starts on a property dispute and asks for the amount', () => {
    render(<FeeCalculator />)
    expect(text('kind-chosen')).toBe('借款、买卖等财产纠纷')
    expect(text('fee-result')).toContain('请填写要求对方给付的金额')
  })

  it('reads the amount back in 万 and shows the fee with each band and its article', () => {
    render(<FeeCalculator />)
    type('fee-amount', '123500')
    expect(text('fee-amount-words')).toBe('12.35万元')
    type('fee-amount', '100000')
    expect(text('fee-total')).toBe('2,300元')
    expect(text('fee-line-0')).toContain('不超过1万元的，每件交纳50元')
    expect(text('fee-line-1')).toContain('1万元至10万元部分，按2.5%交纳2,250元')
    expect(text('fee-line-1')).toContain('依据：《诉讼费用交纳办法》第十三条第（一）项')
  })

  it('halves when simple procedure is switched on, and back when off', () => {
    render(<FeeCalculator />)
    type('fee-amount', '100000')
    fireEvent.click(document.getElementById('switch-simple') as HTMLElement)
    expect(text('fee-total')).toBe('1,150元')
    expect(text('switch-simple')).toContain('是')
    expect(text('fee-line-2')).toContain('适用简易程序审理，减半交纳减1,150元')
    fireEvent.click(document.getElementById('switch-simple') as HTMLElement)
    expect(text('fee-total')).toBe('2,300元')
  })

  it('shows a Chinese error under the field for letters, a minus sign or three decimals — and no fee', () => {
    render(<FeeCalculator />)
    for (const [input, message] of [
      ['12a', '金额只能填数字，例如 100000 或 10万'],
      ['-100', '金额不能是负数，请填要求的金额'],
      ['100.123', '金额最多填到分，小数点后最多两位'],
    ]) {
      type('fee-amount', input)
      expect(text('fee-amount-error')).toBe(message)
      expect(document.getElementById('fee-total')).toBeNull()
      expect(text('fee-result')).toContain('请先改正上面标红的内容')
    }
  })

  it('switches to divorce: a range, the property input, no amount input', () => {
    render(<FeeCalculator />)
    fireEvent.click(screen.getByText('更换 ›'))
    fireEvent.click(document.getElementById('kind-divorce') as HTMLElement)
    expect(text('kind-chosen')).toBe('离婚')
    expect(document.getElementById('fee-amount')).toBeNull()
    expect(text('fee-total')).toBe('50元至300元')
    expect(text('fee-result')).toContain('具体金额由法院在这个范围内确定')
    type('fee-extra', '300000')
    expect(text('fee-total')).toBe('550元至800元')
  })

  it('offers no halving switches for an application fee', () => {
    render(<FeeCalculator />)
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-public-summons') as HTMLElement)
    expect(document.getElementById('switch-simple')).toBeNull()
    expect(text('fee-total')).toBe('100元')
  })

  it('halves a counterclaim, and tells a labour dispute from labour services', () => {
    render(<FeeCalculator />)
    type('fee-amount', '100000')
    fireEvent.click(document.getElementById('switch-counterclaim') as HTMLElement)
    expect(text('fee-total')).toBe('1,150元')
    expect(text('fee-result')).toContain('《诉讼费用交纳办法》第十八条')
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-labor') as HTMLElement)
    expect(text('kind-hint')).toContain('给个人干活讨工钱（劳务）不算')
  })

  it('says unpaid wages need not be prepaid', () => {
    render(<FeeCalculator />)
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-labor') as HTMLElement)
    expect(text('fee-total')).toBe('10元')
    expect(document.getElementById('fee-prepay')).toBeNull()
    fireEvent.click(document.getElementById('switch-wages') as HTMLElement)
    expect(text('fee-prepay')).toContain('这类案件可以先不交诉讼费')
    expect(text('fee-prepay')).toContain('第二十条第一款')
  })

  it('offers bankruptcy and arbitration review', () => {
    render(<FeeCalculator />)
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-bankruptcy') as HTMLElement)
    type('fee-amount', '1000000')
    expect(text('fee-total')).toBe('6,900元')
    expect(text('fee-prepay')).toContain('破产申请费在清算后交纳')
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-arbitration-review') as HTMLElement)
    expect(text('fee-total')).toBe('400元')
  })
})
