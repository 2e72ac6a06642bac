import { DomainError, POSTPONEMENT_GROUNDS, postponementReason } from '../../../domain'

describe('postponementReason (民事诉讼法第一百四十九条)', () => {
  it.each([
    { label: 'a ground with its detail', reason: '需要通知新的证人到庭：被告申请证人王某出庭', out: '需要通知新的证人到庭：被告申请证人王某出庭' },
    { label: 'blanks around it are dropped', reason: '  证人未到庭 ', out: '证人未到庭' },
    { label: 'two characters are enough', reason: '回避', out: '回避' },
  ])('keeps $label', ({ reason, out }) => {
    expect(postponementReason(reason)).toBe(out)
  })

  it.each([
    { label: 'nothing', reason: '' },
    { label: 'blanks', reason: '    ' },
    { label: 'one character', reason: ' 忙 ' },
  ])('refuses $label', ({ reason }) => {
    const err = (() => {
      try {
        postponementReason(reason)
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(DomainError)
    expect(err).toMatchObject({ code: 'HEARING_POSTPONE_REASON_REQUIRED', field: 'reason', message: '请写明延期开庭的理由（《民事诉讼法》第一百四十九条）' })
  })

  it('lists the four grounds of the article', () => {
    expect(POSTPONEMENT_GROUNDS).toHaveLength(4)
    expect(POSTPONEMENT_GROUNDS[3]).toBe('其他应当延期的情形')
  })
})
