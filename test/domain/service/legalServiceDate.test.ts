import fc from 'fast-check'
import { addDays, daysBetween, DomainError, legalServiceDate } from '../../../domain'

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

  it.each([
    {
      label: 'several channels: the earliest completed delivery counts',
      deliveries: [
        { channel: '短信', deliveredOn: '2026-09-19' },
        { channel: '小程序', deliveredOn: '2026-09-18' },
        { channel: '电子邮件', deliveredOn: '2026-09-21' },
      ],
      servedOn: '2026-09-18',
      article: '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条、《人民法院在线诉讼规则》第三十一条第四款',
    },
    {
      label: 'one channel in the list: as the single-date form',
      deliveries: [{ channel: '小程序', deliveredOn: '2026-09-18' }],
      servedOn: '2026-09-18',
      article: '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条',
    },
    {
      label: 'the same day on two channels',
      deliveries: [
        { channel: '小程序', deliveredOn: '2026-10-08' },
        { channel: '短信', deliveredOn: '2026-10-08' },
      ],
      servedOn: '2026-10-08',
      article: '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条、《人民法院在线诉讼规则》第三十一条第四款',
    },
  ])('electronic, $label', ({ deliveries, servedOn, article }) => {
    expect(legalServiceDate({ method: 'electronic', deliveries })).toEqual({ servedOn, deemed: false, provisional: false, article })
  })

  it('the earliest of several deliveries is never later than any of them and is one of them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }), (offsets) => {
        const deliveries = offsets.map((n, i) => ({ channel: `c${i}`, deliveredOn: addDays('2026-01-01', n) }))
        const { servedOn } = legalServiceDate({ method: 'electronic', deliveries })
        expect(deliveries.map((d) => d.deliveredOn)).toContain(servedOn)
        for (const d of deliveries) expect(servedOn <= d.deliveredOn).toBe(true)
      }),
    )
  })

  it.each([
    { label: 'no reply, no action, no read report: not served', input: {}, want: null },
    {
      label: 'read report: presumed served that day, art 31(2)2',
      input: { readOn: '2026-09-20' },
      want: { servedOn: '2026-09-20', deemed: false, presumed: true, provisional: false, article: '《人民法院在线诉讼规则》第三十一条第二款第（二）项' },
    },
    {
      label: 'replied or acted: served that day, art 31(2)1',
      input: { actedOn: '2026-09-22' },
      want: { servedOn: '2026-09-22', deemed: false, provisional: false, article: '《人民法院在线诉讼规则》第三十一条第二款第（一）项' },
    },
    {
      label: 'read first, acted later: the read day, presumed',
      input: { readOn: '2026-09-20', actedOn: '2026-09-22' },
      want: { servedOn: '2026-09-20', deemed: false, presumed: true, provisional: false, article: '《人民法院在线诉讼规则》第三十一条第二款第（二）项' },
    },
    {
      label: 'acted before any read report: the day acted',
      input: { readOn: '2026-09-20', actedOn: '2026-09-19' },
      want: { servedOn: '2026-09-19', deemed: false, provisional: false, article: '《人民法院在线诉讼规则》第三十一条第二款第（一）项' },
    },
  ])('to an unconfirmed address, $label', ({ input, want }) => {
    expect(legalServiceDate({ method: 'electronic-unconfirmed', ...input })).toEqual(want)
  })

  it.each([
    { label: 'public notice abroad: 60 days, 08-01 → 09-30, art 283', publishedOn: '2026-08-01', servedOn: '2026-09-30' },
    { label: 'public notice abroad ending on 10-02 rolls to 10-08', publishedOn: '2026-08-03', servedOn: '2026-10-08' },
  ])('$label', ({ publishedOn, servedOn }) => {
    expect(legalServiceDate({ method: 'public-notice', publishedOn, abroad: true })).toEqual({
      servedOn,
      deemed: true,
      provisional: false,
      article: '《民事诉讼法》第二百八十三条',
    })
  })

  it.each([
    { label: 'no deliveries', input: { method: 'electronic', deliveries: [] }, code: 'SERVICE_DELIVERY_REQUIRED', field: 'deliveries' },
    {
      label: 'an impossible delivery day',
      input: { method: 'electronic', deliveries: [{ channel: '短信', deliveredOn: '2026-09-31' }] },
      code: 'DATE_INVALID',
      field: 'deliveries[0].deliveredOn',
    },
    { label: 'an impossible read day', input: { method: 'electronic-unconfirmed', readOn: '2026-13-01' }, code: 'DATE_INVALID', field: 'readOn' },
    { label: 'an unknown method', input: { method: 'pigeon' }, code: 'SERVICE_METHOD_UNKNOWN', field: 'method' },
  ])('refuses $label', ({ input, code, field }) => {
    expect(() => legalServiceDate(input as unknown as Parameters<typeof legalServiceDate>[0])).toThrow(expect.objectContaining({ code, field }))
  })
})
