import { slotId, yuanToFen } from '../../../../src/subpackages/mediation/labels'

describe('yuanToFen', () => {
  it.each([
    { label: 'whole yuan', text: '86500', want: 8_650_000 },
    { label: 'one decimal', text: '12.5', want: 1250 },
    { label: 'two decimals', text: '0.05', want: 5 },
    { label: 'spaces around', text: ' 100 ', want: 10_000 },
    { label: 'empty', text: '', want: null },
    { label: 'three decimals', text: '1.005', want: null },
    { label: 'words', text: '八万', want: null },
    { label: 'negative', text: '-5', want: null },
  ])('$label', ({ text, want }) => {
    expect(yuanToFen(text)).toBe(want)
  })
})

describe('slotId', () => {
  it('names a session by date and start', () => {
    expect(slotId({ date: '2026-11-26', start: '09:30' })).toBe('slot-20261126-0930')
  })
})
