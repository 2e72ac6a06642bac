import { parseCalendarDay } from '../../../domain/dates/parseCalendarDay'
import { DomainError } from '../../../domain/errors'
import type { ServiceEvent } from '../../../domain/service/chainLink'
import { legalServiceDate } from '../../../domain/service/legalServiceDate'
import { badRequest } from '../../errors'
import type { PublicNotice } from './content'
import type { DeliveryContext } from './context'

/**
 * A 公告送达 is registered after the notice was published (民事诉讼法第九十五条): the day it
 * appeared, not later than today, and the medium that carried it.
 */
export function checkPublicNotice(ctx: DeliveryContext, pn: PublicNotice | undefined): PublicNotice {
  if (!pn) throw badRequest('SERVICE_PUBLIC_NOTICE_REQUIRED', '公告送达请填写公告日期和刊登的媒体', 'publicNotice')
  try {
    parseCalendarDay(pn.publishedOn, 'publicNotice.publishedOn')
  } catch (err) {
    if (err instanceof DomainError) throw badRequest('SERVICE_PUBLIC_NOTICE_DATE_INVALID', '公告日期不对，请重新选择', 'publicNotice.publishedOn')
    throw err
  }
  if (pn.publishedOn > ctx.today())
    throw badRequest('SERVICE_PUBLIC_NOTICE_DATE_INVALID', '公告日期不能晚于今天：请在公告发出后再登记', 'publicNotice.publishedOn')
  return { publishedOn: pn.publishedOn, medium: pn.medium.trim() }
}

/** The `published` receipt: the notice, and the day it deems the party served: 30 days on, 60 for a party abroad (第二百八十三条). */
export function publishedReceipt(
  pn: PublicNotice,
  base: Pick<ServiceEvent, 'documentId' | 'at' | 'actorId'>,
  abroad = false,
): Omit<ServiceEvent, 'seq' | 'caseId'> {
  const deemed = legalServiceDate({ method: 'public-notice', publishedOn: pn.publishedOn, abroad })
  return { ...base, type: 'published', detail: { ...pn, deemedServedOn: deemed.servedOn } }
}
