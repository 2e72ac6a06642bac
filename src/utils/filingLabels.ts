import { partySideName } from '@domain/filing/partySideName'
import { formatYuan } from '@domain/money/formatYuan'
import type { FilingKind, PartySide, Procedure } from '@domain/filing/types'
import type { FilingStatus } from '../api/filings'

export const KIND_LABELS: Record<FilingKind, { title: string; hint: string }> = {
  'civil-first': { title: '民事起诉', hint: '欠钱不还、买卖纠纷、草场承包、雇工工钱等' },
  enforcement: { title: '申请执行', hint: '判决生效后对方不履行，申请法院强制执行' },
  preservation: { title: '申请财产保全', hint: '担心对方转移财产，申请法院先行查封冻结' },
  'judicial-confirmation': { title: '申请司法确认', hint: '调解协议达成后，双方一起申请法院确认效力' },
}

export const PROCEDURE_LABELS: Record<Procedure, { title: string; hint: string }> = {
  simple: { title: '简易程序', hint: '事实清楚、争议不大的案件，审得快，诉讼费减半' },
  ordinary: { title: '普通程序', hint: '案情复杂或争议较大的案件' },
  'small-claims': { title: '小额诉讼', hint: '金额较小的欠款纠纷，一审终审，诉讼费减半' },
}

/** Status in words and colour: never colour alone. */
export const STATUS_LABELS: Record<FilingStatus, { text: string; tone: 'grey' | 'blue' | 'orange' | 'green' | 'red' }> = {
  draft: { text: '草稿，未提交', tone: 'grey' },
  submitted: { text: '已提交，法院审查中', tone: 'blue' },
  'correction-requested': { text: '需要补正材料', tone: 'orange' },
  accepted: { text: '已立案', tone: 'green' },
  declined: { text: '不予受理', tone: 'red' },
}

/** A filing named the way people name it: 张桂兰 诉 王建国, or the applicants where there is no other side. */
export function filingTitle(f: { kind: FilingKind; plaintiffs: string[]; defendants: string[] }): string {
  const plaintiffs = f.plaintiffs.join('、') || '（未填）'
  if (f.defendants.length === 0) return `${KIND_LABELS[f.kind].title}：${plaintiffs}`
  return `${KIND_LABELS[f.kind].title}：${plaintiffs} 诉 ${f.defendants.join('、')}`
}

const SIDES: readonly string[] = ['plaintiff', 'defendant', 'third-party'] satisfies PartySide[]

/** A party of a case in the words of the law (原告/被告/第三人 in a lawsuit); an unknown side is shown as sent. */
export function sideName(side: string, kind: FilingKind = 'civil-first'): string {
  return SIDES.includes(side) ? partySideName(kind, side as PartySide) : side
}

/** What each side is called in a kind of application (原告/被告 in a lawsuit, 申请执行人/被执行人 in enforcement …). */
export function sideNames(kind: FilingKind): Record<PartySide, string> {
  return {
    plaintiff: partySideName(kind, 'plaintiff'),
    defendant: partySideName(kind, 'defendant'),
    'third-party': partySideName(kind, 'third-party'),
  }
}

/**
 * What tells one filing from another in a list: its number (a draft has none yet), the day it was
 * submitted or last changed, and the amount claimed — so a submitted filing and an abandoned draft
 * with the same parties never look alike.
 */
export function filingFacts(f: {
  status: FilingStatus
  filingNumber: string | null
  submittedAt: string | null
  updatedAt: string
  claimedFen: number | null
}): string[] {
  // With the year: an old draft may be from last year.
  const day = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
    return `${y}年${m}月${d}日`
  }
  return [
    f.filingNumber ? `立案申请编号 ${f.filingNumber}` : '草稿，提交后才有编号',
    f.submittedAt ? `${day(f.submittedAt)}提交` : `${day(f.updatedAt)}最后修改`,
    f.claimedFen == null ? '未填请求金额' : `请求金额 ${formatYuan(f.claimedFen)}`,
  ]
}
