import { CAUSES_OF_ACTION, type CauseOfAction } from './causesOfAction'

/** How well one search word fits a cause: lower is better, undefined is no match. */
function fit(cause: CauseOfAction, word: string): number | undefined {
  if (cause.name === word) return 0
  if (cause.name.startsWith(word)) return 1
  if (cause.name.includes(word)) return 2
  if (cause.keywords.includes(word)) return 3
  // Both ways: '牛' finds 卖牛羊's cause, and '卖牛羊' finds the cause listing '牛'.
  if (cause.keywords.some((k) => k.includes(word) || word.includes(k))) return 4
  if (cause.hint.includes(word)) return 5
  return undefined
}

/**
 * The causes of action (案由) the filing's picker shows for what is typed. Nothing typed: the
 * common rural and pastoral causes, in the list's order (sales of grain and livestock, loans,
 * land and grassland contracts, labour services and wages, divorce, support …). Otherwise every
 * cause each typed word (split at spaces) fits — by its 《民事案件案由规定》 name, by the everyday
 * words people use for it ('卖牛', '借条', '工钱', '彩礼'), or by its hint — best fit first (the
 * exact name, a name starting with the word, a name containing it, a keyword, the hint), the
 * list's order breaking ties. Each result carries its one-sentence hint, which keeps apart causes
 * a search finds together: '工资' finds both 劳务合同纠纷 (working for a person, a property case
 * charged by amount) and 追索劳动报酬纠纷 (wages from an employer, a labour dispute at 10元).
 *
 * @param query what the party typed
 * @param limit at most this many results (default 20)
 * @returns causes, best first
 * @example
 * searchCauses('')[0].name // '买卖合同纠纷'
 * searchCauses('工资').map((c) => c.name) // ['劳务合同纠纷', '追索劳动报酬纠纷']
 */
export function searchCauses(query: string, limit = 20): CauseOfAction[] {
  const words = (typeof query === 'string' ? query : '').trim().split(/\s+/).filter(Boolean)
  const causes = CAUSES_OF_ACTION.causes
  if (words.length === 0) return causes.filter((c) => c.common).slice(0, Math.max(0, limit))
  const hits: Array<{ cause: CauseOfAction; score: number; order: number }> = []
  causes.forEach((cause, order) => {
    let score = 0
    for (const word of words) {
      const f = fit(cause, word)
      if (f === undefined) return
      score = Math.max(score, f)
    }
    hits.push({ cause, score, order })
  })
  return hits
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map((h) => h.cause)
}
