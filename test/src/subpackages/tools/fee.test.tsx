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

  it('finds the kind by the name of the dispute: unpaid wages from an employer are 10元 and need not be prepaid', () => {
    render(<FeeCalculator />)
    expect(document.getElementById('fee-cause-search')).toBeNull()
    fireEvent.click(document.getElementById('by-cause') as HTMLElement)
    // Nothing typed: the common rural causes, 卖粮卖牛羊 first.
    expect(text('fee-cause-option-0')).toContain('买卖合同纠纷')
    type('fee-cause-search', '工资')
    const names = Array.from(document.querySelectorAll('[id^=fee-cause-option-] .cause__name')).map((e) => e.textContent)
    expect(names).toEqual(['劳务合同纠纷', '追索劳动报酬纠纷'])
    // The two are told apart in words, where both show.
    expect(text('fee-cause-wages-note')).toContain('给个人干活（帮工、打零工）的，选“劳务合同纠纷”')
    fireEvent.click(screen.getByText('追索劳动报酬纠纷'))
    expect(text('fee-cause-chosen')).toContain('追索劳动报酬纠纷')
    expect(text('kind-chosen')).toBe('劳动争议（与用人单位之间）')
    expect(text('switch-wages')).toContain('是')
    expect(text('fee-total')).toBe('10元')
    expect(text('fee-prepay')).toContain('这类案件可以先不交诉讼费')
  })

  it('finds divorce by name, asks for the property to divide, and forgets the cause when a kind is chosen from the list', () => {
    render(<FeeCalculator />)
    fireEvent.click(document.getElementById('by-cause') as HTMLElement)
    type('fee-cause-search', '离婚')
    fireEvent.click(screen.getByText('离婚纠纷'))
    expect(text('kind-chosen')).toBe('离婚')
    type('fee-extra', '30万')
    expect(text('fee-total')).toBe('550元至800元')
    // 劳务: a person's hired hand claims by the amount.
    fireEvent.click(document.getElementById('fee-cause-change') as HTMLElement)
    type('fee-cause-search', '帮人收割')
    fireEvent.click(screen.getByText('劳务合同纠纷'))
    expect(text('kind-chosen')).toBe('借款、买卖等财产纠纷')
    type('fee-amount', '50000')
    expect(text('fee-total')).toBe('1,050元')
    fireEvent.click(document.getElementById('kind-change') as HTMLElement)
    fireEvent.click(document.getElementById('kind-labor') as HTMLElement)
    expect(document.getElementById('fee-cause-chosen')).toBeNull()
    expect(document.getElementById('by-cause')).not.toBeNull()
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
