import fc from 'fast-check'
import { addDays, daysBetween, deadlineAfterService, DomainError, legalServiceDate } from '../../../domain'

describe('legalServiceDate', () => {
  it.each([
    {
      label: 'electronic: the day it reached the account',
      input: { method: 'electronic' as const, deliveredOn: '2026-09-18' },
      servedOn: '2026-09-18',
      deemed: false,
    },
    {
      label: 'public notice: 30 days after publication',
      input: { method: 'public-notice' as const, publishedOn: '2026-11-25' },
      servedOn: '2026-12-25',
      deemed: true,
    },
    {
      label: 'public notice ending on Sunday 12-06 rolls to Monday',
      input: { method: 'public-notice' as const, publishedOn: '2026-11-06' },
      servedOn: '2026-12-07',
      deemed: true,
    },
    {
      label: 'public notice ending in 国庆 rolls to 10-08',
      input: { method: 'public-notice' as const, publishedOn: '2026-09-02' },
      servedOn: '2026-10-08',
      deemed: true,
    },
  ])('$label', ({ input, servedOn, deemed }) => {
    expect(legalServiceDate(input)).toMatchObject({ servedOn, deemed })
  })

  it('cites the articles', () => {
    expect(legalServiceDate({ method: 'electronic', deliveredOn: '2026-11-25' }).article).toContain('第九十条')
    expect(legalServiceDate({ method: 'public-notice', publishedOn: '2026-11-25' }).article).toBe('《民事诉讼法》第九十五条')
  })

  it('refuses an impossible day', () => {
    expect(() => legalServiceDate({ method: 'electronic', deliveredOn: '2026-02-30' })).toThrow(DomainError)
  })

  it('deems public notice served no sooner than 30 days and within a holiday stretch after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), (n) => {
        const publishedOn = addDays('2025-01-01', n)
        const { servedOn } = legalServiceDate({ method: 'public-notice', publishedOn })
        const d = daysBetween(publishedOn, servedOn)
        expect(d).toBeGreaterThanOrEqual(30)
        expect(d).toBeLessThanOrEqual(40)
      }),
    )
  })
})

describe('deadlineAfterService', () => {
  it.each([
    {
      label: '判决书 served 09-18: appeal until 10-08 (国庆)',
      kind: 'judgment' as const,
      servedOn: '2026-09-18',
      opts: {},
      due: '2026-10-08',
      rule: 'appeal-judgment',
    },
    {
      label: '判决书 served 11-01: appeal until 11-16',
      kind: 'judgment' as const,
      servedOn: '2026-11-01',
      opts: {},
      due: '2026-11-16',
      rule: 'appeal-judgment',
    },
    {
      label: 'appealable 裁定书 served 09-30: until the 调休 Saturday 10-10',
      kind: 'ruling' as const,
      servedOn: '2026-09-30',
      opts: { appealable: true },
      due: '2026-10-10',
      rule: 'appeal-ruling',
    },
    { label: '应诉通知书: defence 15 days', kind: 'response-notice' as const, servedOn: '2026-11-25', opts: {}, due: '2026-12-10', rule: 'defence' },
    { label: '起诉状副本: defence 15 days', kind: 'complaint-copy' as const, servedOn: '2026-09-16', opts: {}, due: '2026-10-08', rule: 'defence' },
  ])('$label', ({ kind, servedOn, opts, due, rule }) => {
    expect(deadlineAfterService(kind, servedOn, opts)).toMatchObject({ due, rule })
  })

  it.each([
    { label: 'a ruling that may not be appealed', kind: 'ruling' as const },
    { label: 'a mediation statement (takes effect when signed)', kind: 'mediation' as const },
    { label: 'a summons', kind: 'summons' as const },
    { label: 'an evidence notice', kind: 'evidence-notice' as const },
  ])('none for $label', ({ kind }) => {
    expect(deadlineAfterService(kind, '2026-11-25')).toBeNull()
  })

  it('names the period and its length', () => {
    expect(deadlineAfterService('judgment', '2026-09-18')).toEqual({
      rule: 'appeal-judgment',
      name: '判决上诉期',
      days: 15,
      due: '2026-10-08',
      provisional: false,
      article: '《民事诉讼法》第一百七十一条',
    })
  })
})
