import { agreePeriods } from './agreePeriods'
import { ask } from './ask'
import { book } from './book'
import { caseScheduling } from './caseScheduling'
import { casesOfCourt } from './casesOfCourt'
import { choose } from './choose'
import { type HearingsContext, type HearingsDeps, hearingsContext } from './context'
import { declareBusy } from './declareBusy'
import { held } from './held'
import { myRequests } from './myRequests'
import { postpone } from './postpone'
import { requestView } from './requestView'

export type { HearingsDeps, SummonsIssuer } from './context'
export { HALF_DAY_TIMES, halfDayLabel } from './labels'

/**
 * 开庭排期: the judge asks the parties, each party picks a suggested half-day (or declares busy dates
 * and asks again), the judge confirms — booking the judge and the courtroom or circuit point and
 * serving the 传票 on every party through e-service — and a hearing can be postponed with a reason
 * (民事诉讼法第一百四十九条) and scheduled again the same way. Suggestions come from
 * suggestHearingSlots over real data: the court's hearings, the parties' 农忙 profiles and busy
 * dates, the court's farm calendar, the case's procedure and filing day.
 *
 * Each use case lives in its own file of this folder and takes the shared context first.
 */
export function hearingsService(deps: HearingsDeps) {
  const ctx = hearingsContext(deps)
  const bound =
    <A extends unknown[], R>(useCase: (ctx: HearingsContext, ...args: A) => R) =>
    (...args: A): R =>
      useCase(ctx, ...args)
  return {
    /** Staff: the accepted cases of my court and where each stands with its hearing. */
    casesOfCourt: bound(casesOfCourt),
    /** Staff: one case's scheduling: parties' farm seasons and busy dates, suggestions, the parties' answers, hearings. */
    caseScheduling: bound(caseScheduling),
    /** 请当事人选择: opens a request the parties answer in the app, and tells them by SMS and WeChat. */
    ask: bound(ask),
    /** Parties: the requests on my cases, newest first, with my answer and the hearing once set. */
    myRequests: bound(myRequests),
    /** Parties: one request with suggestions for every party, the reasons for each excluded day, and my calendar. */
    request: bound(requestView),
    /** A party picks one of the suggested half-days. */
    choose: bound(choose),
    /** A party declares more days they cannot come and asks for new suggestions. */
    declareBusy: bound(declareBusy),
    /** Books a hearing and serves the 传票 on every party through e-service. */
    book: bound(book),
    /** 延期开庭 (民事诉讼法第一百四十九条). */
    postpone: bound(postpone),
    /** Marks a hearing as held, on or after its day. */
    held: bound(held),
    /** Small claims: the evidence and defence periods agreed with the parties (《民诉法解释》第二百七十五条). */
    agreePeriods: bound(agreePeriods),
  }
}
export type HearingsService = ReturnType<typeof hearingsService>
