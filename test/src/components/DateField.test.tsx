import { fireEvent, render } from '@testing-library/react'
import { useState } from 'react'
import { DateField } from '../../../src/components/DateField/DateField'

function Harness(p: { initial?: string; error?: string; opensAt?: string; onChange?: (v: string) => void }) {
  const [value, setValue] = useState(p.initial ?? '')
  return (
    <DateField
      name='busyFrom'
      label='从哪天'
      value={value}
      onChange={(v) => {
        setValue(v)
        p.onChange?.(v)
      }}
      placeholder='例如 2026-12-20'
      error={p.error}
      start='2026-11-25'
      opensAt={p.opensAt}
    />
  )
}

const input = () => document.querySelector('#field-busyFrom') as HTMLInputElement
const picker = () => document.querySelector('.picker__choice') as HTMLInputElement
const text = () => document.body.textContent ?? ''

describe('DateField', () => {
  it('says a typed day back as people say it, so a slip in the digits shows', () => {
    render(<Harness />)
    expect(text()).toContain('从哪天')
    expect(input().placeholder).toBe('例如 2026-12-20')
    fireEvent.change(input(), { target: { value: '2026-12-20' } })
    expect(text()).toContain('12月20日（星期日）')
  })

  it('says nothing back while the date is incomplete or does not exist', () => {
    render(<Harness />)
    fireEvent.change(input(), { target: { value: '2026-12' } })
    expect(text()).not.toContain('星期')
    fireEvent.change(input(), { target: { value: '2027-02-30' } })
    expect(text()).not.toContain('星期')
  })

  it('fills the box with the day chosen on the date wheel', () => {
    const chosen: string[] = []
    render(<Harness onChange={(v) => chosen.push(v)} />)
    expect(document.getElementById('busyFrom-pick')?.textContent).toBe('选日期')
    fireEvent.change(picker(), { target: { value: '2027-01-04' } })
    expect(chosen).toEqual(['2027-01-04'])
    expect(input().value).toBe('2027-01-04')
    expect(text()).toContain('1月4日（星期一）')
  })

  it('opens the wheel on the typed day, else where it is told to, else on the first day offered', () => {
    const { unmount } = render(<Harness initial='2026-12-20' />)
    const wheel = () => document.querySelector('[data-start]') as HTMLElement
    expect(wheel().dataset).toMatchObject({ value: '2026-12-20', start: '2026-11-25', end: '2100-12-31' })
    unmount()
    render(<Harness initial='20' opensAt='2026-12-01' />)
    expect(wheel().dataset.value).toBe('2026-12-01')
  })

  it('opens the wheel on the first day offered when nothing valid is typed and no other day is given', () => {
    render(<Harness initial='2026-13-01' />)
    expect((document.querySelector('[data-start]') as HTMLElement).dataset.value).toBe('2026-11-25')
  })

  it('shows its error instead of the spoken date', () => {
    render(<Harness initial='2026-11-20' error='请填写明天及以后的日期' />)
    expect(document.querySelector('.field__error')?.textContent).toBe('请填写明天及以后的日期')
    expect(text()).not.toContain('星期')
  })
})
