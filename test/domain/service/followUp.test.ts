import fc from 'fast-check'
import { addDays, followUp, UNREAD_FOLLOW_UP_DAYS } from '../../../domain'

describe('followUp', () => {
  const t = '2026-11-28'
  it.each([
    {
      label: 'unread for 3 days: flagged',
      input: { deliveredOn: '2026-11-25', openedOn: null, signedOn: null, today: t },
      out: { state: 'unread', daysUnread: 3, flagged: true },
    },
    {
      label: 'unread for 2 days: not yet',
      input: { deliveredOn: '2026-11-26', openedOn: null, signedOn: null, today: t },
      out: { state: 'unread', daysUnread: 2, flagged: false },
    },
    { label: 'delivered today', input: { deliveredOn: t, openedOn: null, signedOn: null, today: t }, out: { state: 'unread', daysUnread: 0, flagged: false } },
    {
      label: 'read, not signed',
      input: { deliveredOn: '2026-11-20', openedOn: '2026-11-27', signedOn: null, today: t },
      out: { state: 'read', daysUnread: null, flagged: false },
    },
    {
      label: 'signed',
      input: { deliveredOn: '2026-11-20', openedOn: '2026-11-21', signedOn: '2026-11-21', today: t },
      out: { state: 'signed', daysUnread: null, flagged: false },
    },
    {
      label: 'no channel reached: flagged at once',
      input: { deliveredOn: null, openedOn: null, signedOn: null, today: t },
      out: { state: 'undelivered', daysUnread: null, flagged: true },
    },
    {
      label: 'public notice running',
      input: { deliveredOn: null, openedOn: null, signedOn: null, publicNotice: true, today: t },
      out: { state: 'public-notice', daysUnread: null, flagged: false },
    },
  ])('$label', ({ input, out }) => {
    expect(followUp(input)).toEqual(out)
  })

  it('flags exactly when unread for the threshold or longer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const r = followUp({ deliveredOn: '2026-11-01', openedOn: null, signedOn: null, today: addDays('2026-11-01', n) })
        expect(r.flagged).toBe(n >= UNREAD_FOLLOW_UP_DAYS)
        expect(r.daysUnread).toBe(n)
      }),
    )
  })

  it('needs nothing more for a document served on paper, and still says when the party signed it in the app', () => {
    expect(followUp({ deliveredOn: null, openedOn: null, signedOn: null, paperServedOn: '2026-11-20', today: '2026-11-28' })).toEqual({
      state: 'served-on-paper',
      daysUnread: null,
      flagged: false,
    })
    expect(followUp({ deliveredOn: '2026-11-20', openedOn: null, signedOn: '2026-11-21', paperServedOn: '2026-11-20', today: '2026-11-28' }).state).toBe(
      'signed',
    )
  })
})
