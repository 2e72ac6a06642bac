import fc from 'fast-check'
import { validateMobile } from '../../../domain'

describe('validateMobile', () => {
  it.each([
    { label: '138…', phone: '13800138000' },
    { label: '199…', phone: '19912345678' },
    { label: '150…', phone: '15047001234' },
  ])('accepts $label', ({ phone }) => {
    expect(validateMobile(phone)).toEqual({ ok: true })
  })

  it.each([
    { label: 'second digit 2', phone: '12800138000', reason: '手机号不对：第二位应该是3到9，请核对' },
    { label: 'second digit 0', phone: '10800138000', reason: '手机号不对：第二位应该是3到9，请核对' },
    { label: 'not starting with 1', phone: '23800138000', reason: '手机号不对：应该以1开头，请核对' },
    { label: '10 digits', phone: '1380013800', reason: '手机号应该是11位，您填了10位，请核对' },
    { label: '12 digits', phone: '138001380001', reason: '手机号应该是11位，您填了12位，请核对' },
    { label: 'with +86', phone: '+8613800138000', reason: '手机号只能是数字，请核对' },
    { label: 'with spaces', phone: '138 0013 8000', reason: '手机号只能是数字，请核对' },
    { label: 'empty', phone: '', reason: '请填写手机号' },
  ])('rejects $label', ({ phone, reason }) => {
    expect(validateMobile(phone)).toEqual({ ok: false, reason })
  })

  it('accepts exactly 1[3-9] followed by 9 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (phone) => {
        expect(validateMobile(phone).ok).toBe(/^1[3-9]/.test(phone))
      }),
    )
  })
})
