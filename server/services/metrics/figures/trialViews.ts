import type { BandedFigure, FigureView, TrialCounts } from '../../../../contract/metrics'
import type { Bands } from './bands'
import { TRIAL_CLOSURE_RECORDED } from './trialSql'
import { figureView } from './views'
import { countText } from './words'

const NOT_RECORDED = '本系统尚未记录审判案件结案，暂无数据'

type Row = [
  figure: string,
  name: string,
  value: keyof TrialCounts,
  top: keyof TrialCounts,
  bottom: keyof TrialCounts,
  words: [string, string],
  band?: BandedFigure,
]

// figure, name, value, numerator, denominator, the words of both, band
const ROWS: readonly Row[] = [
  ['closureRate', '结案率', 'closureRate', 'closed', 'accepted', ['结案', '受理'], 'trialClosureRate'],
  ['withinLimitRate', '审限内结案率', 'withinLimitRate', 'closedWithinLimit', 'closed', ['审限内结案', '结案'], 'trialWithinLimitRate'],
  ['averageTrialDays', '平均审理天数', 'averageTrialDays', 'trialTotalDays', 'closed', ['', '结案']],
  ['reviewOnTimeRate', '立案审查按期率', 'reviewOnTimeRate', 'filingsOnTime', 'filingsDecided', ['七日内审查完毕', '审查完毕'], 'reviewOnTimeRate'],
  ['mediationSuccessRate', '诉前调解成功率', 'mediationSuccessRate', 'mediationsAgreed', 'mediationsClosed', ['达成协议', '调解结束'], 'mediationSuccessRate'],
  ['deliveredWithinDayRate', '电子送达一日内送达率', 'deliveredWithinDayRate', 'servicesWithinDay', 'servicesSent', ['一日内送达', '电子送达']],
]

/** The president's six figures: 结案率, 审限内结案率, 平均审理天数, 立案审查按期率, 诉前调解成功率, 电子送达一日内送达率. */
export function trialFigureViews(c: TrialCounts, bands: Bands): FigureView[] {
  return ROWS.map(([figure, name, value, top, bottom, [topWords, bottomWords], band]) => {
    const days = figure === 'averageTrialDays'
    const numerator = Number(c[top] ?? 0)
    const denominator = Number(c[bottom] ?? 0)
    const detail = `${days ? `共${numerator.toLocaleString('en-US')}天` : `${topWords}${countText(numerator)}`} / ${bottomWords}${countText(denominator)}`
    const v = figureView(
      figure,
      { name, value: c[value] as number | null, numerator, denominator, detail, unit: days ? 'days' : 'rate', ...(band ? { band } : {}) },
      bands,
      true,
    )
    // Until the product records a trial case's end, a 0% 结案率 would read as a failure: say why there is no figure.
    const closure = figure === 'closureRate' || figure === 'withinLimitRate' || days
    if (TRIAL_CLOSURE_RECORDED || !closure) return v
    return { ...v, value: null, text: '—', position: 'no-data' as const, positionText: NOT_RECORDED, detail: `受理${countText(c.accepted)}，结案尚未记录` }
  })
}
