import { act, fireEvent, render } from '@testing-library/react'
import { BusyForm, busyErrors } from '../../../../src/subpackages/hearing/components/BusyForm'

const TODAY = '2026-11-25'
const type = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
const errors = () => Array.from(document.querySelectorAll('.field__error')).map((e) => e.textContent)

describe('busyErrors: the 不便日期 form checks a range with the rule the server applies', () => {
  it.each([
    { label: 'one day ahead', from: '2026-12-20', to: '', want: {} },
    { label: 'three days ahead', from: '2026-12-20', to: '2026-12-22', want: {} },
    {
      label: 'nothing typed',
      from: '',
      to: '',
      want: { from: '请按“2026-12-20”这样的格式填写日期，或点“选日期”', to: '请按“2026-12-20”这样的格式填写日期，或点“选日期”' },
    },
    {
      label: 'a day that does not exist',
      from: '2027-02-30',
      to: '',
      want: { from: '没有这一天：2027-02-30，请核对日期', to: '没有这一天：2027-02-30，请核对日期' },
    },
    { label: 'today', from: TODAY, to: '', want: { from: '请填写明天及以后的日期' } },
    { label: 'an end before the start', from: '2026-12-22', to: '2026-12-20', want: { to: '不便日期的开始日晚于结束日，请核对' } },
    { label: 'more than 92 days', from: '2027-08-01', to: '2027-11-30', want: { to: '一次申报的不便日期最多92天；更长时间不能到庭，请直接联系承办法官' } },
    { label: 'exactly 92 days', from: '2027-08-01', to: '2027-10-31', want: {} },
  ])('$label', ({ from, to, want }) => {
    expect(busyErrors({ from, to }, TODAY)).toEqual(want)
  })
})

describe('BusyForm', () => {
  it('sends a one-day range with its reason, then empties the form', async () => {
    const sent: unknown[] = []
    render(<BusyForm today={TODAY} submitLabel='加上这段日子' onSubmit={(b) => void sent.push(b)} />)
    type('field-busyFrom', ' 2026-12-21 ')
    expect(document.body.textContent).toContain('12月21日（星期一）')
    type('field-busyReason', ' 去海拉尔看病 ')
    await act(async () => fireEvent.click(document.getElementById('busy-submit') as HTMLElement))
    expect(sent).toEqual([{ from: '2026-12-21', to: '2026-12-21', reason: '去海拉尔看病' }])
    expect((document.getElementById('field-busyFrom') as HTMLInputElement).value).toBe('')
    expect((document.getElementById('field-busyReason') as HTMLInputElement).value).toBe('')
  })

  it('refuses a four-month absence under the end date, and sends nothing', async () => {
    const onSubmit = jest.fn()
    render(<BusyForm today={TODAY} submitLabel='告诉法院，重新推荐' onSubmit={onSubmit} />)
    type('field-busyFrom', '2027-08-01')
    type('field-busyTo', '2027-11-30')
    await act(async () => fireEvent.click(document.getElementById('busy-submit') as HTMLElement))
    expect(errors()).toEqual(['一次申报的不便日期最多92天；更长时间不能到庭，请直接联系承办法官'])
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('opens the end date’s wheel on the start day once a start is typed', () => {
    render(<BusyForm today={TODAY} submitLabel='加上这段日子' onSubmit={jest.fn()} />)
    const wheels = () => Array.from(document.querySelectorAll('[data-start]')).map((w) => (w as HTMLElement).dataset.value)
    expect(wheels()).toEqual([TODAY, TODAY])
    type('field-busyFrom', '2026-12-20')
    expect(wheels()).toEqual(['2026-12-20', '2026-12-20'])
  })

  it('keeps the button off while the page is sending', () => {
    render(<BusyForm today={TODAY} submitLabel='告诉法院，重新推荐' onSubmit={jest.fn()} busy />)
    expect((document.getElementById('busy-submit') as HTMLButtonElement).disabled).toBe(true)
  })
})
