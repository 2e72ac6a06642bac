import { deadlineAfterService } from '../../../domain'

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

  it.each([
    { label: 'small-claims 判决书: final, no appeal (art 165)', kind: 'judgment' as const, opts: { procedure: 'small-claims' as const } },
    { label: 'small-claims appealable-looking 裁定书: final too', kind: 'ruling' as const, opts: { procedure: 'small-claims' as const, appealable: true } },
    {
      label: 'small claims wins over abroad (such a case is not small claims)',
      kind: 'judgment' as const,
      opts: { procedure: 'small-claims' as const, abroad: true },
    },
    { label: 'abroad, a ruling that may not be appealed', kind: 'ruling' as const, opts: { abroad: true } },
    { label: 'abroad, a mediation statement', kind: 'mediation' as const, opts: { abroad: true } },
    {
      label: 'small claims, the parties need no defence period (第二百七十五条第三款)',
      kind: 'response-notice' as const,
      opts: { procedure: 'small-claims' as const, agreedDefenceDays: 0 },
    },
  ])('none for $label', ({ kind, opts }) => {
    expect(deadlineAfterService(kind, '2026-09-18', opts)).toBeNull()
  })

  it.each([
    {
      label: 'small-claims 起诉状副本 still starts the 15-day defence period',
      kind: 'complaint-copy' as const,
      servedOn: '2026-09-16',
      opts: { procedure: 'small-claims' as const },
      want: { rule: 'defence', days: 15, due: '2026-10-08' },
    },
    {
      label: 'simple-procedure 判决书: 15 days as usual',
      kind: 'judgment' as const,
      servedOn: '2026-11-01',
      opts: { procedure: 'simple' as const },
      want: { rule: 'appeal-judgment', days: 15, due: '2026-11-16' },
    },
    {
      label: 'abroad 判决书: 30 days (art 286)',
      kind: 'judgment' as const,
      servedOn: '2026-11-02',
      opts: { abroad: true },
      want: { rule: 'appeal-abroad', name: '上诉期（境外当事人）', days: 30, due: '2026-12-02', article: '《民事诉讼法》第二百八十六条' },
    },
    {
      label: 'abroad appealable 裁定书: 30 days, not 10 (art 286)',
      kind: 'ruling' as const,
      servedOn: '2026-09-10',
      opts: { abroad: true, appealable: true },
      want: { rule: 'appeal-abroad', days: 30, due: '2026-10-10' },
    },
    {
      label: 'abroad 起诉状副本: 30-day defence (art 285), rolled off 国庆',
      kind: 'complaint-copy' as const,
      servedOn: '2026-09-01',
      opts: { abroad: true },
      want: { rule: 'defence-abroad', name: '答辩期（境外当事人）', days: 30, due: '2026-10-08', article: '《民事诉讼法》第二百八十五条' },
    },
    {
      label: 'abroad 应诉通知书: 30-day defence',
      kind: 'response-notice' as const,
      servedOn: '2026-11-02',
      opts: { abroad: true },
      want: { rule: 'defence-abroad', days: 30, due: '2026-12-02' },
    },
    {
      label: 'small claims, 7 defence days agreed (《民诉法解释》第二百七十五条第二款)',
      kind: 'response-notice' as const,
      servedOn: '2026-11-25',
      opts: { procedure: 'small-claims' as const, agreedDefenceDays: 7 },
      want: { rule: 'defence', name: '答辩期间（经被告同意）', days: 7, due: '2026-12-02', article: '《民诉法解释》第二百七十五条第二款' },
    },
    {
      label: 'small claims, 3 agreed days ending on a Sunday roll to Monday (第八十五条)',
      kind: 'complaint-copy' as const,
      servedOn: '2026-11-26',
      opts: { procedure: 'small-claims' as const, agreedDefenceDays: 3 },
      want: { days: 3, due: '2026-11-30' },
    },
    {
      label: 'agreed days count only in small claims',
      kind: 'complaint-copy' as const,
      servedOn: '2026-11-25',
      opts: { procedure: 'simple' as const, agreedDefenceDays: 7 },
      want: { rule: 'defence', days: 15, due: '2026-12-10' },
    },
  ])('$label', ({ kind, servedOn, opts, want }) => {
    expect(deadlineAfterService(kind, servedOn, opts)).toMatchObject(want)
  })
})
