import fc from 'fast-check'
import { addDays, addMonths, DomainError, ENFORCEMENT_RULES, enforcementRulesWith, isWorkday, seizureExpiry, type AssetCategory } from '../../../domain'

const R = ENFORCEMENT_RULES
const A485 = '《民诉法解释》第四百八十五条第二款'

describe('seizureExpiry (《民诉法解释》第四百八十五条)', () => {
  it.each([
    {
      label: 'bank deposit 1 year: through the day before the anniversary',
      control: { measure: 'freeze', asset: 'deposit', effectiveOn: '2026-03-10' },
      expiresOn: '2027-03-09',
      renewalDue: '2027-03-09',
      warnFrom: '2027-02-07',
      term: 'termDeposit',
    },
    {
      label: 'movable 2 years',
      control: { measure: 'seize', asset: 'movable', effectiveOn: '2026-03-10' },
      expiresOn: '2028-03-09',
      renewalDue: '2028-03-09',
      warnFrom: '2028-02-08',
      term: 'termMovable',
    },
    {
      label: 'real estate 3 years, expiring in 国庆: renew by the last working day before',
      control: { measure: 'seal', asset: 'immovable', effectiveOn: '2026-10-05' },
      expiresOn: '2029-10-04',
      renewalDue: '2029-09-28',
      warnFrom: '2029-09-04',
      term: 'termImmovable',
    },
    {
      label: 'grassland contract rights 3 years (other property right)',
      control: { measure: 'freeze', asset: 'property-right', effectiveOn: '2023-06-01' },
      expiresOn: '2026-05-31',
      renewalDue: '2026-05-29',
      warnFrom: '2026-05-01',
      term: 'termPropertyRight',
    },
    {
      label: 'deposit expiring on 10-01: renew by 09-30',
      control: { measure: 'freeze', asset: 'deposit', effectiveOn: '2025-10-02' },
      expiresOn: '2026-10-01',
      renewalDue: '2026-09-30',
      warnFrom: '2026-09-01',
      term: 'termDeposit',
    },
    {
      label: 'deposit expiring on the 调休 Saturday 02-14: renew that day',
      control: { measure: 'freeze', asset: 'deposit', effectiveOn: '2025-02-15' },
      expiresOn: '2026-02-14',
      renewalDue: '2026-02-14',
      warnFrom: '2026-01-15',
      term: 'termDeposit',
    },
    {
      label: 'the stated last day counts, up to the anniversary itself',
      control: { measure: 'freeze', asset: 'deposit', effectiveOn: '2025-03-10', expiresOn: '2026-03-10' },
      expiresOn: '2026-03-10',
      renewalDue: '2026-03-10',
      warnFrom: '2026-02-08',
      term: 'termDeposit',
      stated: true,
    },
    {
      label: 'after a renewal the renewal term runs',
      control: { measure: 'freeze', asset: 'deposit', effectiveOn: '2025-03-10', renewals: [{ effectiveOn: '2026-03-10' }] },
      expiresOn: '2027-03-09',
      renewalDue: '2027-03-09',
      warnFrom: '2027-02-07',
      term: 'termDeposit',
      renewals: 1,
    },
  ] as const)('$label', ({ control, expiresOn, renewalDue, warnFrom, term, stated = false, renewals = 0 }) => {
    const t = seizureExpiry(control, R)
    expect(t).toMatchObject({ expiresOn, warnFrom, term, stated, renewals, renewalDue: { due: renewalDue, article: A485, status: 'confirmed' } })
  })

  it('has no term for 划拨', () => {
    expect(seizureExpiry({ measure: 'deduct', asset: 'deposit', effectiveOn: '2026-03-10' }, R)).toBeNull()
  })

  it('warns as many days ahead as the court sets', () => {
    const rules = enforcementRulesWith({ periods: { seizureWarning: { length: 15 } } })
    expect(seizureExpiry({ measure: 'freeze', asset: 'deposit', effectiveOn: '2026-03-10' }, rules)?.warnFrom).toBe('2027-02-22')
  })

  it.each([
    { label: 'a stated term longer than the law allows', control: { effectiveOn: '2026-03-10', expiresOn: '2027-03-11' }, code: 'CONTROL_TERM_TOO_LONG' },
    { label: 'a stated last day before the first', control: { effectiveOn: '2026-03-10', expiresOn: '2026-03-09' }, code: 'CONTROL_TERM_INVALID' },
    { label: 'a bad stated day', control: { effectiveOn: '2026-03-10', expiresOn: '2027-02-30' }, code: 'DATE_INVALID' },
    { label: 'a bad first day', control: { effectiveOn: '2026-3-10' }, code: 'DATE_INVALID' },
  ])('refuses $label', ({ control, code }) => {
    expect(() => seizureExpiry({ measure: 'freeze', asset: 'deposit', ...control }, R)).toThrow(expect.objectContaining({ code }) as DomainError)
  })

  const years: Record<AssetCategory, number> = { deposit: 1, movable: 2, immovable: 3, 'property-right': 3 }

  it('a term never ends before it starts, never exceeds the law, and its renewal is due on a working day no later than the last day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30000 }).map((n) => addDays('2005-01-01', n)),
        fc.constantFrom<AssetCategory>('deposit', 'movable', 'immovable', 'property-right'),
        (effectiveOn, asset) => {
          const t = seizureExpiry({ measure: asset === 'deposit' ? 'freeze' : 'seal', asset, effectiveOn }, R)
          if (t === null) throw new Error('has a term')
          expect(t.expiresOn >= effectiveOn).toBe(true)
          expect(t.expiresOn < addMonths(effectiveOn, years[asset] * 12)).toBe(true)
          expect(t.renewalDue.due <= t.expiresOn).toBe(true)
          expect(isWorkday(t.renewalDue.due).workday).toBe(true)
          for (let d = addDays(t.renewalDue.due, 1); d <= t.expiresOn; d = addDays(d, 1)) expect(isWorkday(d).workday).toBe(false)
          expect(t.warnFrom < t.expiresOn).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
