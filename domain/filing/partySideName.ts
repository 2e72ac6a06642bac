import type { FilingKind, PartySide } from './types'

const NAMES: Record<FilingKind, Record<PartySide, string>> = {
  'civil-first': { plaintiff: '原告', defendant: '被告', 'third-party': '第三人' },
  enforcement: { plaintiff: '申请执行人', defendant: '被执行人', 'third-party': '第三人' },
  preservation: { plaintiff: '申请人', defendant: '被申请人', 'third-party': '第三人' },
  'judicial-confirmation': { plaintiff: '申请人', defendant: '对方当事人', 'third-party': '第三人' },
}

/**
 * What the law calls each side in each kind of application: 原告/被告 in a lawsuit
 * (民事诉讼法 art. 122), 申请执行人/被执行人 in enforcement (art. 247), 申请人/被申请人 for
 * preservation (art. 103) and 司法确认 (art. 205, where both parties apply together).
 *
 * @param kind the kind of filing
 * @param side the side in the data model
 * @returns the Chinese name of that side
 * @example partySideName('enforcement', 'defendant') // '被执行人'
 */
export function partySideName(kind: FilingKind, side: PartySide): string {
  return NAMES[kind][side]
}
