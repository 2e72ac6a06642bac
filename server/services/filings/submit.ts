import { randomUUID } from 'node:crypto'
import { fileIdsOf } from '../../../domain/filing/fileIdsOf'
import { quoteFilingFee } from '../../../domain/filing/filingFee'
import { filingProcedure } from '../../../domain/filing/filingProcedure'
import type { FilingData } from '../../../domain/filing/types'
import { validateFiling } from '../../../domain/filing/validateFiling'
import type { Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import { type FilingRow, isFilingNumberTaken } from '../../repositories/filings'
import { type FilingsContext, refuse } from './context'
import { requireOwnFiles } from './ownFiles'

/** What the server fixes on submission: the procedure (small claims decided by law), the fee on it, and why. */
interface Fixed {
  fee: string
  smallClaims: string | null
}

/**
 * The procedure and fee of a filing as the court fixes them: the small-claims decision of the
 * court's province figure for the year before today (《民事诉讼法》第一百六十五条;
 * 《民诉法解释》第二百七十二条) and the fee of that procedure by the cause of action. Refuses a
 * filing whose chosen procedure the law does not allow, naming the field.
 */
async function fixProcedure(ctx: FilingsContext, f: FilingRow, data: FilingData): Promise<Fixed> {
  const today = ctx.today()
  const { place, wage } = await ctx.wages.forFiling(f.target_court_id, today)
  const basicCourt = place ? place.level === 'basic' : undefined
  const problems = validateFiling(data, today, { averageWageFen: wage?.wageFen, basicCourt })
  if (problems.length > 0) refuse(problems)
  const decided = filingProcedure(data, { averageWageFen: wage?.wageFen ?? null, basicCourt })
  const fee = JSON.stringify(quoteFilingFee({ ...data, procedure: decided.procedure }))
  if (!decided.smallClaims || !wage) return { fee, smallClaims: null }
  const averageWage = {
    year: wage.year,
    wageFen: wage.wageFen,
    provinceName: wage.provinceName,
    previousYear: wage.previousYear,
    confirmed: wage.confirmed,
    source: wage.source,
  }
  return { fee, smallClaims: JSON.stringify({ ...decided.smallClaims, fixedProcedure: decided.procedure, averageWage }) }
}

/**
 * Submits (or resubmits after a correction). The server checks everything again, decides
 * whether small claims apply, and computes the fee itself. Submitting what is already submitted
 * returns it unchanged.
 */
export async function submitFiling(ctx: FilingsContext, actor: Actor, id: string) {
  const f = await ctx.cases.load(id)
  if (f.filer_id !== actor.sub) throw forbidden('只有提交人可以提交这份申请')
  if (f.status !== 'draft' && f.status !== 'correction-requested') return ctx.view(f)
  const { data } = ctx.cases.record(f)
  const fixed = await fixProcedure(ctx, f, data)
  await requireOwnFiles(ctx, actor, data)
  const now = ctx.nowIso()
  const version = f.version + 1
  await withFilingNumber(ctx.today(), f.filing_number, (filingNumber) => freeze(ctx, actor, f, data, fixed, { filingNumber, version, now }))
  return ctx.view(await ctx.cases.load(id))
}

/**
 * The submitted filing frozen as a version, its parties and agent listed by ID, its files linked and
 * its history entry written — in one transaction, so no reader sees a submission without its entry.
 */
function freeze(ctx: FilingsContext, actor: Actor, f: FilingRow, data: FilingData, fixed: Fixed, at: { filingNumber: string; version: number; now: string }) {
  const { fee } = fixed
  return ctx.transact(async (trx) => {
    const changed = await ctx.filings.transition(
      f.id,
      f.status,
      {
        status: 'submitted',
        version: at.version,
        fee_json: fee,
        small_claims_json: fixed.smallClaims,
        filing_number: at.filingNumber,
        submitted_at: at.now,
        review_started_on: ctx.today(),
        correction_json: f.status === 'correction-requested' ? f.correction_json : null,
        updated_at: at.now,
      },
      trx,
    )
    if (!changed) return false
    await ctx.filings.addVersion(trx, {
      filing_id: f.id,
      version: at.version,
      data_json: f.data_json,
      fee_json: fee,
      submitted_by: actor.sub,
      submitted_at: at.now,
    })
    const idKey = (p: FilingData['parties'][number]) => (p.type === 'person' ? p.idNumber : p.creditCode).trim().toUpperCase()
    await ctx.filings.replaceParties(
      trx,
      f.id,
      data.parties.map((p) => ({ side: p.side, name: p.name.trim(), id_key: idKey(p), mobile: p.mobile.trim() || null })),
    )
    await ctx.filings.replaceAgent(trx, f.id, data.agent ? { id_key: data.agent.idNumber.trim().toUpperCase(), name: data.agent.name.trim() } : null)
    await ctx.filings.linkFiles(trx, f.id, fileIdsOf(data))
    const action = at.version === 1 ? 'filing.submitted' : 'filing.resubmitted'
    await ctx.audit.record({ actorId: actor.sub, action, subject: `filing:${f.id}`, detail: { version: at.version }, at: at.now }, trx)
    return true
  })
}

/**
 * A new filing number ends in 6 random hex digits, which repeat within a day once filings run
 * into the thousands (the birthday bound): on a clash, draw again rather than fail the submit.
 */
async function withFilingNumber<T>(today: string, existing: string | null, write: (filingNumber: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(existing ?? `LA${today.replace(/-/g, '')}${randomUUID().slice(0, 6).toUpperCase()}`)
    } catch (err) {
      if (existing || attempt >= 5 || !isFilingNumberTaken(err)) throw err
    }
  }
}
