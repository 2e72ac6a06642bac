import { DomainError, figureInBand, METRIC_TARGET_BANDS, metricTargetBandsWith } from '../../../domain'

describe('METRIC_TARGET_BANDS (the 2018 evaluation’s ≥ 90 % lines)', () => {
  it.each([
    { label: '有财产案件法定期限内结案率', key: 'withinLimitRate' as const },
    { label: '终本合格率', key: 'terminationQualifiedRate' as const },
    { label: '执行信访办结率', key: 'complaintClosureRate' as const },
  ])('$label: at least 90 %, with its source, marked one-source', ({ key }) => {
    expect(METRIC_TARGET_BANDS[key]).toMatchObject({ min: 0.9, status: 'one-source' })
    expect(METRIC_TARGET_BANDS[key]?.source).toMatch(/2018/)
    expect(METRIC_TARGET_BANDS[key]?.max).toBeUndefined()
  })
  it('no other figure ships with a line', () => {
    expect(Object.keys(METRIC_TARGET_BANDS).sort()).toEqual(['complaintClosureRate', 'terminationQualifiedRate', 'withinLimitRate'])
  })
})

describe('metricTargetBandsWith (the court’s own bands)', () => {
  it('adds, replaces and removes bands', () => {
    const bands = metricTargetBandsWith({ closureRate: { min: 0.8 }, withinLimitRate: { min: 0.92, max: 1 }, complaintClosureRate: null })
    expect(bands.closureRate).toEqual({ name: '执结率', min: 0.8, source: '本院设定', status: 'unconfirmed', court: true })
    expect(bands.withinLimitRate).toMatchObject({ min: 0.92, max: 1, court: true })
    expect(bands.complaintClosureRate).toBeUndefined()
    expect(bands.terminationQualifiedRate).toEqual(METRIC_TARGET_BANDS.terminationQualifiedRate)
  })
  it.each([
    { label: 'neither line', overrides: { closureRate: {} } },
    { label: 'above 100 %', overrides: { closureRate: { min: 1.2 } } },
    { label: 'min above max', overrides: { closureRate: { min: 0.9, max: 0.8 } } },
    { label: 'an unknown figure', overrides: { speed: { min: 0.5 } } as never },
  ])('refuses $label', ({ overrides }) => {
    expect(() => metricTargetBandsWith(overrides)).toThrow(DomainError)
    expect(() => metricTargetBandsWith(overrides)).toThrow(expect.objectContaining({ code: 'METRIC_BAND_INVALID' }))
  })
})

describe('figureInBand', () => {
  const band = { min: 0.9 }
  it.each([
    { label: 'the report’s 89.49 % is below 90 %', value: 0.8949, band, want: 'below' },
    { label: 'exactly on the line is within', value: 0.9, band, want: 'within' },
    { label: '100 %', value: 1, band, want: 'within' },
    { label: 'above a max', value: 0.99, band: { min: 0.5, max: 0.95 }, want: 'above' },
    { label: 'no figure (nothing to count)', value: null, band, want: 'no-data' },
  ])('$label', ({ value, band: b, want }) => {
    expect(figureInBand(value, b)).toBe(want)
  })
})
