import fc from 'fast-check'
import { agreementEffect } from '../../../domain'

describe('agreementEffect (在线调解规则 art. 19)', () => {
  const a = (signedAt: string | null) => ({ name: '张桂兰', signedAt })
  const b = (signedAt: string | null) => ({ name: '王建国', signedAt })
  it.each([
    { label: 'nobody signed', sigs: [a(null), b(null)], effective: false, at: null, unsigned: ['张桂兰', '王建国'] },
    { label: 'one of two signed', sigs: [a('2026-11-27T10:00:00.000+08:00'), b(null)], effective: false, at: null, unsigned: ['王建国'] },
    {
      label: 'both signed: effective when the last one signs',
      sigs: [a('2026-11-27T10:05:00.000+08:00'), b('2026-11-27T09:00:00.000+08:00')],
      effective: true,
      at: '2026-11-27T10:05:00.000+08:00',
      unsigned: [],
    },
    { label: 'a single party cannot make an agreement', sigs: [a('2026-11-27T10:00:00.000+08:00')], effective: false, at: null, unsigned: [] },
  ])('$label', ({ sigs, effective, at, unsigned }) => {
    expect(agreementEffect(sigs)).toMatchObject({ effective, effectiveAt: at, unsigned, total: sigs.length })
  })

  it('is effective exactly when every party of two or more has signed', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 59 }), { nil: null }), { minLength: 0, maxLength: 5 }), (mins) => {
        const sigs = mins.map((m, i) => ({ name: `p${i}`, signedAt: m === null ? null : `2026-11-27T10:${String(m).padStart(2, '0')}:00.000+08:00` }))
        const r = agreementEffect(sigs)
        expect(r.effective).toBe(sigs.length >= 2 && mins.every((m) => m !== null))
        if (r.effective) expect(r.effectiveAt).toBe(`2026-11-27T10:${String(Math.max(...(mins as number[]))).padStart(2, '0')}:00.000+08:00`)
      }),
    )
  })
})
