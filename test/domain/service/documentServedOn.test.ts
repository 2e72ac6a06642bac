import { documentServedOn, type DocumentReceipts } from '../../../domain/service/documentServedOn'

const app = (deliveredOn: string) => ({ channel: 'app', deliveredOn })
const sms = (deliveredOn: string) => ({ channel: 'sms', deliveredOn })

describe('documentServedOn — the service date of one document from its receipts', () => {
  it.each<{ label: string; r: DocumentReceipts; servedOn: string | null; article?: string; presumed?: boolean; deemed?: boolean }>([
    { label: 'confirmed address, one channel', r: { method: 'electronic', deliveries: [app('2026-11-25')] }, servedOn: '2026-11-25' },
    {
      label: 'confirmed address, two channels: the earliest (第三十一条第四款)',
      r: { method: 'electronic', deliveries: [sms('2026-11-26'), app('2026-11-25')] },
      servedOn: '2026-11-25',
      article: '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条、《人民法院在线诉讼规则》第三十一条第四款',
    },
    { label: 'confirmed address, nothing delivered yet', r: { method: 'electronic', deliveries: [] }, servedOn: null },
    {
      label: 'unconfirmed address, delivered only: not served (第三十一条第二款)',
      r: { method: 'electronic-unconfirmed', deliveries: [app('2026-11-25')] },
      servedOn: null,
    },
    {
      label: 'unconfirmed address, read: presumed served',
      r: { method: 'electronic-unconfirmed', deliveries: [app('2026-11-25')], readOn: '2026-11-27' },
      servedOn: '2026-11-27',
      presumed: true,
      article: '《人民法院在线诉讼规则》第三十一条第二款第（二）项',
    },
    {
      label: 'unconfirmed address, read and signed the same day: served by the act',
      r: { method: 'electronic-unconfirmed', deliveries: [app('2026-11-25')], readOn: '2026-11-27', actedOn: '2026-11-27' },
      servedOn: '2026-11-27',
      article: '《人民法院在线诉讼规则》第三十一条第二款第（一）项',
    },
    {
      label: 'public notice: 30 days (第九十五条)',
      r: { method: 'public-notice', deliveries: [], publishedOn: '2026-11-25' },
      servedOn: '2026-12-25',
      deemed: true,
    },
    {
      label: 'public notice to a party abroad: 60 days (第二百八十三条), rolled over 元旦',
      r: { method: 'public-notice', deliveries: [], publishedOn: '2026-11-02', abroad: true },
      servedOn: '2027-01-04',
      deemed: true,
      article: '《民事诉讼法》第二百八十三条',
    },
    {
      label: 'public notice, but the app reached the party first',
      r: { method: 'public-notice', deliveries: [app('2026-12-01')], publishedOn: '2026-11-25' },
      servedOn: '2026-12-01',
      deemed: false,
    },
  ])('$label', ({ r, servedOn, article, presumed, deemed }) => {
    const out = documentServedOn(r)
    expect(out?.servedOn ?? null).toBe(servedOn)
    if (article) expect(out?.article).toBe(article)
    if (presumed !== undefined) expect(out?.presumed).toBe(presumed)
    if (deemed !== undefined) expect(out?.deemed).toBe(deemed)
  })
})

describe('documentServedOn — service on paper', () => {
  it('serves a paper document on the day its service was recorded, by the mode’s article', () => {
    expect(documentServedOn({ method: 'paper', deliveries: [], paper: { servedOn: '2026-11-23', mode: 'postal' } })).toEqual({
      servedOn: '2026-11-23',
      deemed: false,
      provisional: false,
      article: '《民事诉讼法》第九十一条',
    })
    expect(documentServedOn({ method: 'paper', deliveries: [], paper: { servedOn: '2026-11-21', mode: 'left' } })).toMatchObject({
      deemed: true,
      article: '《民事诉讼法》第八十九条',
    })
  })

  it('leaves a paper document unserved until then, unless the party signed it in the app', () => {
    expect(documentServedOn({ method: 'paper', deliveries: [] })).toBeNull()
    expect(documentServedOn({ method: 'paper', deliveries: [app('2026-11-22')], actedOn: '2026-11-22' })?.servedOn).toBe('2026-11-22')
  })

  it('keeps an earlier service that already stands, and lets paper serve an unread unconfirmed one', () => {
    const e = documentServedOn({ method: 'electronic', deliveries: [app('2026-11-20')], paper: { servedOn: '2026-11-24', mode: 'direct' } })
    expect(e?.servedOn).toBe('2026-11-20')
    const u = documentServedOn({ method: 'electronic-unconfirmed', deliveries: [app('2026-11-20')], paper: { servedOn: '2026-11-24', mode: 'direct' } })
    expect(u).toMatchObject({ servedOn: '2026-11-24', article: '《民事诉讼法》第八十七条、第八十八条' })
  })

  it('serves on paper before a public notice has run its 30 days', () => {
    const r = documentServedOn({ method: 'public-notice', deliveries: [], publishedOn: '2026-11-02', paper: { servedOn: '2026-11-10', mode: 'direct' } })
    expect(r?.servedOn).toBe('2026-11-10')
  })
})
