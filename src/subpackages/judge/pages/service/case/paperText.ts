import type { PaperServiceView } from '../../../../../api/service'

/** 12月3日 from 'YYYY-MM-DD'. */
export const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/**
 * A recorded paper service in one line, as the clerk says it: how, the proof, and the day it counts
 * as served — for post the day signed for (《民事诉讼法》第九十一条), otherwise the day it happened.
 *
 * @example paperServiceText({ mode: 'postal', emsNumber: 'EE123456785CN', servedOn: '2026-12-03', … })
 * // '邮寄送达，EMS EE123456785CN，12月3日签收'
 */
export function paperServiceText(p: PaperServiceView): string {
  if (p.mode === 'postal') return `邮寄送达，EMS ${p.emsNumber ?? ''}，${monthDay(p.servedOn)}签收${p.receiptFile ? '，回执照片已存档' : ''}`
  if (p.mode === 'direct') return `直接送达，${monthDay(p.servedOn)}当面签收${p.receiptFile ? '，送达回证照片已存档' : ''}`
  const proof = [p.witnesses.length > 0 ? `见证人：${p.witnesses.join('、')}` : '', p.recordFile ? '留置过程有照片为证' : ''].filter(Boolean)
  return `留置送达，${monthDay(p.servedOn)}留在受送达人住所，视为送达${proof.length ? `，${proof.join('，')}` : ''}`
}
