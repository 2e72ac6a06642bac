import fc from 'fast-check'
import { DomainError, quoteFee, type FeeInput, type FeeKind } from '../../../domain'

const WAN = 1_000_000 // 1万元 in fen
const Y = 100 // 1元 in fen
const sum = (lines: Array<{ fen: number }>) => lines.reduce((s, l) => s + l.fen, 0)

describe('quoteFee — property cases, 第十三条第（一）项 (hand-computed from the bands)', () => {
  it.each([
    { label: '0元 → 50元', amountFen: 0, yuan: 50 },
    { label: '1万 → 50元', amountFen: 1 * WAN, yuan: 50 },
    { label: '5万 → 50 + 4万×2.5% = 1050元', amountFen: 5 * WAN, yuan: 1050 },
    { label: '10万 → 50 + 2250 = 2300元', amountFen: 10 * WAN, yuan: 2300 },
    { label: '20万 → 2300 + 2000 = 4300元', amountFen: 20 * WAN, yuan: 4300 },
    { label: '50万 → 4300 + 4500 = 8800元', amountFen: 50 * WAN, yuan: 8800 },
    { label: '100万 → 8800 + 5000 = 13800元', amountFen: 100 * WAN, yuan: 13800 },
    { label: '200万 → 13800 + 9000 = 22800元', amountFen: 200 * WAN, yuan: 22800 },
    { label: '500万 → 22800 + 24000 = 46800元', amountFen: 500 * WAN, yuan: 46800 },
    { label: '1000万 → 46800 + 35000 = 81800元', amountFen: 1000 * WAN, yuan: 81800 },
    { label: '2000万 → 81800 + 60000 = 141800元', amountFen: 2000 * WAN, yuan: 141800 },
    { label: '1亿 → 141800 + 400000 = 541800元', amountFen: 10000 * WAN, yuan: 541800 },
    { label: '12.35万 → 2300 + 2.35万×2% = 2770元', amountFen: 12_350_000, yuan: 2770 },
  ])('$label', ({ amountFen, yuan }) => {
    const q = quoteFee({ kind: 'property', amountFen })
    expect(q.minFen).toBe(yuan * Y)
    expect(q.maxFen).toBe(yuan * Y)
    expect(sum(q.lines)).toBe(q.minFen)
    for (const l of q.lines) expect(l.article).toBe('《诉讼费用交纳办法》第十三条第（一）项')
  })

  it('lists one line per band reached, with Chinese labels', () => {
    expect(quoteFee({ kind: 'property', amountFen: 15 * WAN }).lines).toEqual([
      { label: '不超过1万元的，每件交纳50元', fen: 5_000, article: '《诉讼费用交纳办法》第十三条第（一）项' },
      { label: '1万元至10万元部分，按2.5%交纳', fen: 225_000, article: '《诉讼费用交纳办法》第十三条第（一）项' },
      { label: '10万元至20万元部分，按2%交纳', fen: 100_000, article: '《诉讼费用交纳办法》第十三条第（一）项' },
    ])
    const top = quoteFee({ kind: 'property', amountFen: 3000 * WAN }).lines
    expect(top).toHaveLength(10)
    expect(top[9]).toEqual({ label: '超过2000万元的部分，按0.5%交纳', fen: 5_000_000, article: '《诉讼费用交纳办法》第十三条第（一）项' })
  })

  it.each([
    { label: '0.5 fen rounds up: 10000.20元 → 50.01元', amountFen: 1_000_020, fen: 5_001 },
    { label: '0.475 fen rounds down: 10000.19元 → 50元', amountFen: 1_000_019, fen: 5_000 },
    { label: '10万 + 0.25元 at 2% = 0.5 fen → up', amountFen: 10 * WAN + 25, fen: 230_001 },
    { label: '20万 + 0.33元 at 1.5% = 0.495 fen → down', amountFen: 20 * WAN + 33, fen: 430_000 },
    { label: '20万 + 0.34元 → 0.51 fen → up', amountFen: 20 * WAN + 34, fen: 430_001 },
  ])('rounds half-up to the fen: $label', ({ amountFen, fen }) => {
    const q = quoteFee({ kind: 'property', amountFen })
    expect(q.minFen).toBe(fen)
    expect(sum(q.lines)).toBe(fen)
  })
})

describe('quoteFee — halving, 第十五条 / 第十六条', () => {
  it.each([
    {
      label: '10万 simple → 1150元, art 16',
      input: { kind: 'property', amountFen: 10 * WAN, procedure: 'simple' },
      min: 115_000,
      max: 115_000,
      article: '第十六条',
      reduction: -115_000,
    },
    {
      label: '10万 mediated → 1150元, art 15',
      input: { kind: 'property', amountFen: 10 * WAN, mediatedOrWithdrawn: true },
      min: 115_000,
      max: 115_000,
      article: '第十五条',
      reduction: -115_000,
    },
    {
      label: '10万 simple AND mediated → halved once, art 16',
      input: { kind: 'property', amountFen: 10 * WAN, procedure: 'simple', mediatedOrWithdrawn: true },
      min: 115_000,
      max: 115_000,
      article: '第十六条',
      reduction: -115_000,
    },
    {
      label: '100万 withdrawn → 6900元',
      input: { kind: 'property', amountFen: 100 * WAN, mediatedOrWithdrawn: true },
      min: 690_000,
      max: 690_000,
      article: '第十五条',
      reduction: -690_000,
    },
    {
      label: 'odd fen rounds up: 50.01元 / 2 → 25.01元',
      input: { kind: 'property', amountFen: 1_000_020, procedure: 'simple' },
      min: 2_501,
      max: 2_501,
      article: '第十六条',
      reduction: -2_500,
    },
    {
      label: 'divorce 50–300 simple → 25–150',
      input: { kind: 'divorce', procedure: 'simple' },
      min: 2_500,
      max: 15_000,
      article: '第十六条',
      reduction: -2_500,
    },
    { label: 'labour 10 simple → 5元', input: { kind: 'labor', procedure: 'simple' }, min: 500, max: 500, article: '第十六条', reduction: -500 },
    {
      label: 'administrative 50 withdrawn → 25元',
      input: { kind: 'administrative', mediatedOrWithdrawn: true },
      min: 2_500,
      max: 2_500,
      article: '第十五条',
      reduction: -2_500,
    },
    {
      label: 'ip without amount simple → 250–500',
      input: { kind: 'ip', procedure: 'simple' },
      min: 25_000,
      max: 50_000,
      article: '第十六条',
      reduction: -25_000,
    },
  ] as Array<{ label: string; input: FeeInput; min: number; max: number; article: string; reduction: number }>)(
    '$label',
    ({ input, min, max, article, reduction }) => {
      const q = quoteFee(input)
      expect(q).toMatchObject({ minFen: min, maxFen: max })
      const cut = q.lines.filter((l) => l.fen < 0)
      expect(cut).toEqual([expect.objectContaining({ fen: reduction, article: `《诉讼费用交纳办法》${article}` })])
      expect(sum(q.lines)).toBe(q.minFen)
    },
  )

  it.each([
    { label: 'enforcement', input: { kind: 'enforcement', amountFen: 10 * WAN } },
    { label: 'preservation', input: { kind: 'preservation', amountFen: 10 * WAN } },
    { label: 'payment order', input: { kind: 'payment-order', amountFen: 10 * WAN } },
    { label: 'public summons', input: { kind: 'public-summons' } },
    { label: 'jurisdiction objection', input: { kind: 'jurisdiction-objection' } },
    { label: 'special procedure', input: { kind: 'special-procedure' } },
  ] as Array<{ label: string; input: FeeInput }>)('does not halve $label', ({ input }) => {
    expect(quoteFee({ ...input, procedure: 'simple', mediatedOrWithdrawn: true })).toEqual(quoteFee(input))
  })
})

describe('quoteFee — every kind', () => {
  it.each([
    { label: 'divorce, no property → 50–300', input: { kind: 'divorce' }, min: 50, max: 300 },
    { label: 'divorce, property 20万 → 50–300 (nothing extra)', input: { kind: 'divorce', propertyFen: 20 * WAN }, min: 50, max: 300 },
    { label: 'divorce, property 30万 → +500 → 550–800', input: { kind: 'divorce', propertyFen: 30 * WAN }, min: 550, max: 800 },
    { label: 'personality rights → 100–500', input: { kind: 'personality-rights' }, min: 100, max: 500 },
    { label: 'personality rights, damages 5万 → 100–500', input: { kind: 'personality-rights', damagesFen: 5 * WAN }, min: 100, max: 500 },
    { label: 'personality rights, damages 10万 → +500 → 600–1000', input: { kind: 'personality-rights', damagesFen: 10 * WAN }, min: 600, max: 1000 },
    { label: 'personality rights, damages 20万 → +500+500 → 1100–1500', input: { kind: 'personality-rights', damagesFen: 20 * WAN }, min: 1100, max: 1500 },
    { label: 'other non-property → 50–100', input: { kind: 'other-non-property' }, min: 50, max: 100 },
    { label: 'ip, no amount → 500–1000', input: { kind: 'ip' }, min: 500, max: 1000 },
    { label: 'ip, 10万 → as property 2300', input: { kind: 'ip', amountFen: 10 * WAN }, min: 2300, max: 2300 },
    { label: 'labour → 10', input: { kind: 'labor', amountFen: 50 * WAN }, min: 10, max: 10 },
    { label: 'administrative → 50', input: { kind: 'administrative' }, min: 50, max: 50 },
    { label: 'trademark/patent/maritime administrative → 100', input: { kind: 'administrative-special' }, min: 100, max: 100 },
    { label: 'failed jurisdiction objection → 50–100', input: { kind: 'jurisdiction-objection' }, min: 50, max: 100 },
    { label: 'enforcement, no amount → 50–500', input: { kind: 'enforcement' }, min: 50, max: 500 },
    { label: 'enforcement 1万 → 50', input: { kind: 'enforcement', amountFen: 1 * WAN }, min: 50, max: 50 },
    { label: 'enforcement 50万 → 50 + 7350 = 7400', input: { kind: 'enforcement', amountFen: 50 * WAN }, min: 7400, max: 7400 },
    { label: 'enforcement 500万 → 7400 + 45000 = 52400', input: { kind: 'enforcement', amountFen: 500 * WAN }, min: 52400, max: 52400 },
    { label: 'enforcement 1000万 → 52400 + 25000 = 77400', input: { kind: 'enforcement', amountFen: 1000 * WAN }, min: 77400, max: 77400 },
    { label: 'enforcement 2000万 → 77400 + 10000 = 87400', input: { kind: 'enforcement', amountFen: 2000 * WAN }, min: 87400, max: 87400 },
    { label: 'preservation, no amount → 30', input: { kind: 'preservation' }, min: 30, max: 30 },
    { label: 'preservation 1000元 → 30', input: { kind: 'preservation', amountFen: 1000 * Y }, min: 30, max: 30 },
    { label: 'preservation 10万 → 30 + 990 = 1020', input: { kind: 'preservation', amountFen: 10 * WAN }, min: 1020, max: 1020 },
    { label: 'preservation 50万 → 1020 + 2000 = 3020', input: { kind: 'preservation', amountFen: 50 * WAN }, min: 3020, max: 3020 },
    { label: 'preservation 89.6万 → exactly the 5000 cap', input: { kind: 'preservation', amountFen: 896_000 * Y }, min: 5000, max: 5000 },
    { label: 'preservation 100万 → 5520 capped at 5000', input: { kind: 'preservation', amountFen: 100 * WAN }, min: 5000, max: 5000 },
    { label: 'preservation 1亿 → capped at 5000', input: { kind: 'preservation', amountFen: 10000 * WAN }, min: 5000, max: 5000 },
    { label: 'payment order 1万 → 50 / 3 = 16.67', input: { kind: 'payment-order', amountFen: 1 * WAN }, min: 16.67, max: 16.67 },
    { label: 'payment order 10万 → 2300 / 3 = 766.67', input: { kind: 'payment-order', amountFen: 10 * WAN }, min: 766.67, max: 766.67 },
    { label: 'payment order 100万 → 13800 / 3 = 4600', input: { kind: 'payment-order', amountFen: 100 * WAN }, min: 4600, max: 4600 },
    { label: 'public summons → 100', input: { kind: 'public-summons' }, min: 100, max: 100 },
    { label: 'special procedure (司法确认) → 0', input: { kind: 'special-procedure' }, min: 0, max: 0 },
  ] as Array<{ label: string; input: FeeInput; min: number; max: number }>)('$label', ({ input, min, max }) => {
    const q = quoteFee(input)
    expect(q.minFen).toBe(Math.round(min * Y))
    expect(q.maxFen).toBe(Math.round(max * Y))
    expect(sum(q.lines)).toBe(q.minFen)
    for (const l of q.lines) {
      expect(l.label).toMatch(/[\u4e00-\u9fa5]/)
      expect(l.article).toMatch(/^《诉讼费用交纳办法》第[一二三四五六七八九十]+条/)
    }
  })

  it.each([
    { label: 'ip with amount cites 13(3) and 13(1)', input: { kind: 'ip', amountFen: 5 * WAN }, article: '《诉讼费用交纳办法》第十三条第（三）项、第（一）项' },
    { label: 'divorce cites 13(2)1', input: { kind: 'divorce' }, article: '《诉讼费用交纳办法》第十三条第（二）项第1目' },
    { label: 'special procedure cites art 8', input: { kind: 'special-procedure' }, article: '《诉讼费用交纳办法》第八条第（一）项' },
    { label: 'enforcement cites 14(1)', input: { kind: 'enforcement' }, article: '《诉讼费用交纳办法》第十四条第（一）项' },
  ] as Array<{ label: string; input: FeeInput; article: string }>)('$label', ({ input, article }) => {
    expect(quoteFee(input).lines[0].article).toBe(article)
  })

  it('shows the preservation cap and the payment-order third as their own lines', () => {
    const cap = quoteFee({ kind: 'preservation', amountFen: 100 * WAN }).lines
    expect(cap[cap.length - 1]).toEqual({ label: '保全申请费最多不超过5000元', fen: -52_000, article: '《诉讼费用交纳办法》第十四条第（二）项' })
    const po = quoteFee({ kind: 'payment-order', amountFen: 10 * WAN }).lines
    expect(po[po.length - 1]).toEqual({ label: '申请支付令，按财产案件受理费的1/3交纳', fen: -153_333, article: '《诉讼费用交纳办法》第十四条第（三）项' })
  })
})

describe('quoteFee — errors', () => {
  it.each([
    { label: 'property without amount', input: { kind: 'property' }, code: 'FEE_AMOUNT_REQUIRED', field: 'amountFen' },
    { label: 'payment order without amount', input: { kind: 'payment-order' }, code: 'FEE_AMOUNT_REQUIRED', field: 'amountFen' },
    { label: 'negative amount', input: { kind: 'property', amountFen: -1 }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'fractional fen', input: { kind: 'property', amountFen: 100.5 }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'NaN', input: { kind: 'enforcement', amountFen: NaN }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'amount as a string', input: { kind: 'property', amountFen: '1000' }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'absurdly large', input: { kind: 'property', amountFen: 1e15 }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'negative property in divorce', input: { kind: 'divorce', propertyFen: -5 }, code: 'FEE_AMOUNT_INVALID', field: 'propertyFen' },
    { label: 'fractional damages', input: { kind: 'personality-rights', damagesFen: 0.1 }, code: 'FEE_AMOUNT_INVALID', field: 'damagesFen' },
    { label: 'negative amount on a flat-fee kind', input: { kind: 'labor', amountFen: -100 }, code: 'FEE_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'unknown kind', input: { kind: 'criminal' }, code: 'FEE_KIND_UNKNOWN', field: 'kind' },
    { label: 'unknown procedure', input: { kind: 'labor', procedure: 'summary' }, code: 'FEE_PROCEDURE_UNKNOWN', field: 'procedure' },
  ])('$label → $code', ({ input, code, field }) => {
    expect(() => quoteFee(input as unknown as FeeInput)).toThrow(DomainError)
    expect(() => quoteFee(input as unknown as FeeInput)).toThrow(expect.objectContaining({ code, field }))
  })
})

describe('quoteFee — properties', () => {
  const amount = fc.integer({ min: 0, max: 1e12 })
  const banded: FeeKind[] = ['property', 'ip', 'enforcement', 'preservation', 'payment-order', 'bankruptcy']

  it('never decreases as the amount grows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...banded), amount, amount, fc.boolean(), (kind, a, b, simple) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const procedure = simple ? 'simple' : 'ordinary'
        expect(quoteFee({ kind, amountFen: lo, procedure }).minFen).toBeLessThanOrEqual(quoteFee({ kind, amountFen: hi, procedure }).minFen)
      }),
    )
  })

  it('divorce and personality-rights fees never decrease as property or damages grow', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(quoteFee({ kind: 'divorce', propertyFen: lo }).maxFen).toBeLessThanOrEqual(quoteFee({ kind: 'divorce', propertyFen: hi }).maxFen)
        expect(quoteFee({ kind: 'personality-rights', damagesFen: lo }).minFen).toBeLessThanOrEqual(
          quoteFee({ kind: 'personality-rights', damagesFen: hi }).minFen,
        )
      }),
    )
  })

  it('lines add up to minFen, min ≤ max, halving is the rounded half of the full fee', () => {
    const kinds: FeeKind[] = ['property', 'divorce', 'personality-rights', 'other-non-property', 'ip', 'labor', 'administrative', 'administrative-special']
    fc.assert(
      fc.property(fc.constantFrom(...kinds), amount, fc.constantFrom('mediated', 'simple', 'counterclaim'), (kind, a, why) => {
        const input: FeeInput = { kind, amountFen: a, propertyFen: a, damagesFen: a }
        const full = quoteFee(input)
        const half = quoteFee({
          ...input,
          mediatedOrWithdrawn: why === 'mediated',
          procedure: why === 'simple' ? 'simple' : 'ordinary',
          counterclaim: why === 'counterclaim',
        })
        for (const q of [full, half]) {
          expect(sum(q.lines)).toBe(q.minFen)
          expect(q.minFen).toBeLessThanOrEqual(q.maxFen)
          expect(q.minFen).toBeGreaterThan(0)
        }
        expect(half.minFen).toBe(Math.floor((full.minFen + 1) / 2))
        expect(half.maxFen).toBe(Math.floor((full.maxFen + 1) / 2))
      }),
    )
  })

  it('preservation never exceeds 5000元 and payment order is a third of the property fee', () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(quoteFee({ kind: 'preservation', amountFen: a }).minFen).toBeLessThanOrEqual(500_000)
        const property = quoteFee({ kind: 'property', amountFen: a }).minFen
        expect(Math.abs(quoteFee({ kind: 'payment-order', amountFen: a }).minFen * 3 - property)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('matches the band formula computed independently with exact fractions', () => {
    // Independent oracle: fee = 50元 + Σ rate × part, in BigInt thousandths of a fen, rounded half-up once.
    const bands: Array<[number, number, number]> = [
      [1, 10, 25],
      [10, 20, 20],
      [20, 50, 15],
      [50, 100, 10],
      [100, 200, 9],
      [200, 500, 8],
      [500, 1000, 7],
      [1000, 2000, 6],
      [2000, Infinity, 5],
    ]
    fc.assert(
      fc.property(amount, (a) => {
        let milli = 5000n * 1000n
        for (const [from, to, permille] of bands) {
          const part = Math.max(0, Math.min(a, to * WAN) - from * WAN)
          milli += BigInt(part) * BigInt(permille)
        }
        const expected = Number((milli + 500n) / 1000n)
        expect(quoteFee({ kind: 'property', amountFen: a }).minFen).toBe(expected)
      }),
    )
  })
})

describe('quoteFee — arbitration review and bankruptcy, 第十四条第（五）（六）项', () => {
  it.each([
    { label: 'arbitration review → 400', input: { kind: 'arbitration-review' }, yuan: 400 },
    { label: 'arbitration review ignores any amount', input: { kind: 'arbitration-review', amountFen: 100 * WAN }, yuan: 400 },
    { label: 'bankruptcy, empty estate → 50 / 2 = 25', input: { kind: 'bankruptcy', amountFen: 0 }, yuan: 25 },
    { label: 'bankruptcy 1万 → 25', input: { kind: 'bankruptcy', amountFen: 1 * WAN }, yuan: 25 },
    { label: 'bankruptcy 100万 → 13800 / 2 = 6900', input: { kind: 'bankruptcy', amountFen: 100 * WAN }, yuan: 6900 },
    { label: 'bankruptcy 1000万 → 81800 / 2 = 40900', input: { kind: 'bankruptcy', amountFen: 1000 * WAN }, yuan: 40900 },
    { label: 'bankruptcy 1亿 → 541800 / 2 = 270900', input: { kind: 'bankruptcy', amountFen: 10000 * WAN }, yuan: 270900 },
    { label: 'bankruptcy 1.1164亿 → 600000 / 2 = exactly the 30万 cap', input: { kind: 'bankruptcy', amountFen: 11164 * WAN }, yuan: 300000 },
    { label: 'bankruptcy 2亿 → 1041800 / 2 = 520900, capped at 30万', input: { kind: 'bankruptcy', amountFen: 20000 * WAN }, yuan: 300000 },
    { label: 'bankruptcy 10000.20元 → 50.01 / 2 rounds up to 25.01', input: { kind: 'bankruptcy', amountFen: 1_000_020 }, yuan: 25.01 },
  ] as Array<{ label: string; input: FeeInput; yuan: number }>)('$label', ({ input, yuan }) => {
    const q = quoteFee(input)
    expect([q.minFen, q.maxFen]).toEqual([Math.round(yuan * Y), Math.round(yuan * Y)])
    expect(sum(q.lines)).toBe(q.minFen)
    expect(quoteFee({ ...input, procedure: 'simple', mediatedOrWithdrawn: true, counterclaim: true })).toEqual(q)
  })

  it('shows the bankruptcy half and the cap as their own lines', () => {
    const lines = quoteFee({ kind: 'bankruptcy', amountFen: 20000 * WAN }).lines
    expect(lines.slice(-2)).toEqual([
      { label: '破产案件依据破产财产总额，按财产案件受理费标准减半交纳', fen: -52_090_000, article: '《诉讼费用交纳办法》第十四条第（六）项' },
      { label: '破产案件申请费最高不超过30万元', fen: -22_090_000, article: '《诉讼费用交纳办法》第十四条第（六）项' },
    ])
    expect(quoteFee({ kind: 'arbitration-review' }).lines).toEqual([
      { label: '申请撤销仲裁裁决或者认定仲裁协议效力，每件交纳400元', fen: 40_000, article: '《诉讼费用交纳办法》第十四条第（五）项' },
    ])
  })

  it('needs the bankruptcy estate', () => {
    expect(() => quoteFee({ kind: 'bankruptcy' })).toThrow(expect.objectContaining({ code: 'FEE_AMOUNT_REQUIRED', field: 'amountFen' }))
  })

  it('never charges a bankruptcy more than 30万元, and half the property fee below that', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (a) => {
        const b = quoteFee({ kind: 'bankruptcy', amountFen: a }).minFen
        const half = Math.floor((quoteFee({ kind: 'property', amountFen: a }).minFen + 1) / 2)
        expect(b).toBe(Math.min(half, 30_000_000))
      }),
    )
  })
})

describe('quoteFee — counterclaims and third-party claims heard together, 第十八条', () => {
  it.each([
    {
      label: '10万 counterclaim → 1150, art 18',
      input: { kind: 'property', amountFen: 10 * WAN, counterclaim: true },
      min: 115_000,
      max: 115_000,
      article: '第十八条',
    },
    {
      label: 'counterclaim in simple procedure → halved once, art 16',
      input: { kind: 'property', amountFen: 10 * WAN, counterclaim: true, procedure: 'simple' },
      min: 115_000,
      max: 115_000,
      article: '第十六条',
    },
    {
      label: 'counterclaim later mediated → halved once, art 18',
      input: { kind: 'property', amountFen: 10 * WAN, counterclaim: true, mediatedOrWithdrawn: true },
      min: 115_000,
      max: 115_000,
      article: '第十八条',
    },
    {
      label: 'all three → halved once',
      input: { kind: 'property', amountFen: 10 * WAN, counterclaim: true, procedure: 'simple', mediatedOrWithdrawn: true },
      min: 115_000,
      max: 115_000,
      article: '第十六条',
    },
    { label: 'divorce counterclaim 50–300 → 25–150', input: { kind: 'divorce', counterclaim: true }, min: 2_500, max: 15_000, article: '第十八条' },
    { label: 'labour counterclaim 10 → 5', input: { kind: 'labor', counterclaim: true }, min: 500, max: 500, article: '第十八条' },
  ] as Array<{ label: string; input: FeeInput; min: number; max: number; article: string }>)('$label', ({ input, min, max, article }) => {
    const q = quoteFee(input)
    expect([q.minFen, q.maxFen]).toEqual([min, max])
    const cut = q.lines.filter((l) => l.fen < 0)
    expect(cut).toEqual([expect.objectContaining({ article: `《诉讼费用交纳办法》${article}` })])
    expect(sum(q.lines)).toBe(q.minFen)
  })

  it.each([
    { label: 'enforcement', input: { kind: 'enforcement', amountFen: 10 * WAN } },
    { label: 'preservation', input: { kind: 'preservation', amountFen: 10 * WAN } },
    { label: 'jurisdiction objection', input: { kind: 'jurisdiction-objection' } },
  ] as Array<{ label: string; input: FeeInput }>)('does not halve $label', ({ input }) => {
    expect(quoteFee({ ...input, counterclaim: true })).toEqual(quoteFee(input))
  })
})

describe('quoteFee — paying in advance, 第二十条', () => {
  const A20_1 = '《诉讼费用交纳办法》第二十条第一款'
  const A20_2 = '《诉讼费用交纳办法》第二十条第二款'
  it.each([
    { label: 'property case: the plaintiff prepays', input: { kind: 'property', amountFen: 10 * WAN }, required: true, article: A20_1 },
    { label: 'counterclaim: the defendant prepays', input: { kind: 'property', amountFen: 10 * WAN, counterclaim: true }, required: true, article: A20_1 },
    { label: 'divorce: prepaid', input: { kind: 'divorce' }, required: true, article: A20_1 },
    { label: 'labour dispute: prepaid', input: { kind: 'labor' }, required: true, article: A20_1 },
    { label: '追索劳动报酬: need not prepay', input: { kind: 'labor', laborRemuneration: true }, required: false, article: A20_1 },
    {
      label: '追索劳动报酬 tried as a property case: need not prepay either',
      input: { kind: 'property', amountFen: 5 * WAN, laborRemuneration: true },
      required: false,
      article: A20_1,
    },
    { label: 'enforcement: paid after enforcement', input: { kind: 'enforcement', amountFen: 10 * WAN }, required: false, article: A20_2 },
    { label: 'bankruptcy: paid after liquidation', input: { kind: 'bankruptcy', amountFen: 100 * WAN }, required: false, article: A20_2 },
    { label: 'preservation: the applicant prepays', input: { kind: 'preservation', amountFen: 10 * WAN }, required: true, article: A20_2 },
    {
      label: 'preservation for wages: still prepaid (art 20(1) is about acceptance fees)',
      input: { kind: 'preservation', amountFen: 5 * WAN, laborRemuneration: true },
      required: true,
      article: A20_2,
    },
    { label: 'payment order: prepaid', input: { kind: 'payment-order', amountFen: 10 * WAN }, required: true, article: A20_2 },
    { label: 'public summons: prepaid', input: { kind: 'public-summons' }, required: true, article: A20_2 },
    { label: 'arbitration review: prepaid', input: { kind: 'arbitration-review' }, required: true, article: A20_2 },
    { label: '司法确认: nothing to pay', input: { kind: 'special-procedure' }, required: false, article: '《诉讼费用交纳办法》第八条第（一）项' },
    {
      label: 'failed jurisdiction objection: charged once it fails',
      input: { kind: 'jurisdiction-objection' },
      required: true,
      article: '《诉讼费用交纳办法》第十三条第（六）项',
    },
  ] as Array<{ label: string; input: FeeInput; required: boolean; article: string }>)('$label', ({ input, required, article }) => {
    expect(quoteFee(input).prepay).toEqual({ required, article })
  })
})
