import { randomUUID } from 'node:crypto'
import { formatCaseNumber } from '../../domain/cases/caseNumber'
import { caseTypeCodeFor } from '../../domain/filing/caseTypeCode'
import { quoteFilingFee } from '../../domain/filing/filingFee'
import { reviewClock } from '../../domain/filing/reviewClock'
import type { FilingData, FilingKind, FilingProblem, Procedure } from '../../domain/filing/types'
import { validateFiling } from '../../domain/filing/validateFiling'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { CourtsRepository } from '../repositories/courts'
import { type FilingRow, type FilingsRepository, isFilingNumberTaken } from '../repositories/filings'
import type { FilesRepository } from '../repositories/files'
import type { UsersRepository } from '../repositories/users'
import { FILING_DECIDERS, type Actor } from '../auth/actor'
import type { CaseKernel } from './cases/caseKernel'
import type { Transact } from '../db/query'
import { toFileInfo } from './files'

/** Every file a filing refers to: evidence, power of attorney, fee-relief attachments. */
export function fileIdsOf(data: FilingData): string[] {
  return [...data.evidence.flatMap((e) => e.fileIds), ...(data.agent?.powerOfAttorneyFileIds ?? []), ...(data.feeRelief?.fileIds ?? [])]
}

/** A draft as the first step leaves it: the filer's own details filled in from the real-name profile. */
export function emptyFilingData(
  kind: FilingKind,
  courtId: string,
  targetCourtId: string,
  filer?: { name: string; idNumber: string; mobile: string; address: string },
): FilingData {
  return {
    kind,
    courtId,
    targetCourtId,
    parties: filer ? [{ side: 'plaintiff', type: 'person', name: filer.name, idNumber: filer.idNumber, mobile: filer.mobile, address: filer.address }] : [],
    claims: [],
    facts: '',
    procedure: 'simple',
    agricultural: false,
    evidence: [],
    service: {
      app: true,
      sms: true,
      mobile: filer?.mobile ?? '',
      postalAddress: filer?.address ?? '',
      consentElectronic: true,
      consentSteps: ['filing', 'notices', 'summons', 'judgment'],
    },
    declaration: false,
  }
}

export interface CorrectionItem {
  field: string
  message: string
}

export function filingsService(deps: {
  filings: FilingsRepository
  files: FilesRepository
  courts: CourtsRepository
  users: UsersRepository
  audit: AuditRepository
  cases: CaseKernel
  transact: Transact
  clock: Clock
}) {
  const { filings, files, courts, users, audit, cases: kernel, transact, clock } = deps
  const today = () => shanghaiDay(clock.now())
  const nowIso = () => shanghaiIso(clock.now())

  const { load, loadVisible } = kernel
  const staffCanDecide = (actor: Actor, f: FilingRow) => kernel.isHearingCourt(actor, f, FILING_DECIDERS)

  async function view(f: FilingRow) {
    const { data } = kernel.record(f)
    const history = await audit.forSubject(`filing:${f.id}`)
    // Everyone named in the history and the judge, in one query.
    const userIds = [...new Set([...history.map((h) => h.actor_id), f.judge_id].filter((x): x is string => !!x))]
    const names = new Map((await users.byIds(userIds)).map((u) => [u.id, u.display_name]))
    const attached = await files.byIds(fileIdsOf(data))
    return {
      id: f.id,
      kind: f.kind,
      status: f.status,
      version: f.version,
      filingNumber: f.filing_number,
      courtId: f.court_id,
      targetCourtId: f.target_court_id,
      crossRegion: f.court_id !== f.target_court_id,
      forwarded: f.forwarded_at !== null,
      agricultural: f.agricultural === 1,
      data,
      fee: f.fee_json ? (JSON.parse(f.fee_json) as ReturnType<typeof quoteFilingFee>) : null,
      submittedAt: f.submitted_at,
      review: f.status === 'submitted' && f.review_started_on ? reviewClock(f.review_started_on, today()) : null,
      correction: f.correction_json ? (JSON.parse(f.correction_json) as { items: CorrectionItem[]; requestedAt: string }) : null,
      declineReason: f.decline_reason,
      caseNumber: f.case_number,
      procedure: f.procedure,
      judgeName: f.judge_id ? (names.get(f.judge_id) ?? null) : null,
      decidedAt: f.decided_at,
      files: attached.map(toFileInfo),
      history: history.map((h) => ({
        action: h.action,
        at: h.at,
        actorName: h.actor_id ? (names.get(h.actor_id) ?? '') : '系统',
        detail: JSON.parse(h.detail) as Record<string, unknown>,
      })),
    }
  }

  function summary(f: FilingRow) {
    const { data } = kernel.record(f)
    const names = (side: string) => data.parties.filter((p) => p.side === side).map((p) => p.name)
    return {
      id: f.id,
      kind: f.kind,
      status: f.status,
      filingNumber: f.filing_number,
      caseNumber: f.case_number,
      plaintiffs: names('plaintiff'),
      defendants: names('defendant'),
      agricultural: f.agricultural === 1,
      crossRegion: f.court_id !== f.target_court_id,
      forwarded: f.forwarded_at !== null,
      courtId: f.court_id,
      targetCourtId: f.target_court_id,
      submittedAt: f.submitted_at,
      updatedAt: f.updated_at,
      review: f.status === 'submitted' && f.review_started_on ? reviewClock(f.review_started_on, today()) : null,
    }
  }

  /**
   * A new filing number ends in 6 random hex digits, which repeat within a day once filings run
   * into the thousands (the birthday bound): on a clash, draw again rather than fail the submit.
   */
  async function withFilingNumber<T>(existing: string | null, write: (filingNumber: string) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write(existing ?? `LA${today().replace(/-/g, '')}${randomUUID().slice(0, 6).toUpperCase()}`)
      } catch (err) {
        if (existing || attempt >= 5 || !isFilingNumberTaken(err)) throw err
      }
    }
  }

  function refuse(problems: FilingProblem[]): never {
    const first = problems[0]
    throw new AppError(400, first.code, first.message, first.field, problems)
  }

  return {
    view,

    /** Starts a draft; the filer's own details come from the real-name profile. */
    async create(actor: Actor, input: { kind: FilingKind; courtId: string; targetCourtId?: string }) {
      const target = input.targetCourtId ?? input.courtId
      for (const [field, id] of [
        ['courtId', input.courtId],
        ['targetCourtId', target],
      ] as const) {
        if (!(await courts.byId(id))) throw badRequest('FILING_COURT_UNKNOWN', '没有找到这个法院，请重新选择', field)
      }
      const me = await users.byId(actor.sub)
      const filer =
        me?.real_name && me.id_number ? { name: me.real_name, idNumber: me.id_number, mobile: me.mobile ?? '', address: me.address ?? '' } : undefined
      const now = nowIso()
      const row: FilingRow = {
        id: `f-${randomUUID()}`,
        filer_id: actor.sub,
        kind: input.kind,
        court_id: input.courtId,
        target_court_id: target,
        status: 'draft',
        version: 0,
        data_json: JSON.stringify(emptyFilingData(input.kind, input.courtId, target, filer)),
        agricultural: 0,
        filing_number: null,
        fee_json: null,
        submitted_at: null,
        review_started_on: null,
        forwarded_at: null,
        correction_json: null,
        decline_reason: null,
        case_number: null,
        procedure: null,
        judge_id: null,
        decided_at: null,
        decided_on: null,
        created_at: now,
        updated_at: now,
      }
      await filings.insert(row)
      return view(row)
    },

    async listMine(actor: Actor) {
      const rows = await filings.visibleToParty(actor.sub, await kernel.identityKey(actor))
      return rows.map(summary)
    },

    async get(actor: Actor, id: string) {
      return view(await loadVisible(actor, id))
    },

    /** Saves the form as it stands; only the filer, and only while it is a draft or being corrected. */
    async saveDraft(actor: Actor, id: string, data: FilingData) {
      const f = await load(id)
      if (f.filer_id !== actor.sub) throw forbidden('只有提交人可以修改这份申请')
      if (f.status !== 'draft' && f.status !== 'correction-requested') throw conflict('FILING_NOT_EDITABLE', '这份申请已经提交，不能再修改')
      if (data.kind !== f.kind) throw badRequest('FILING_KIND_CHANGED', '案件类型不能在填写中更改，请重新开始一份申请', 'kind')
      await filings.update(id, {
        data_json: JSON.stringify({ ...data, courtId: f.court_id, targetCourtId: f.target_court_id }),
        agricultural: data.agricultural ? 1 : 0,
        updated_at: nowIso(),
      })
      return view(await load(id))
    },

    /**
     * Submits (or resubmits after a correction). The server checks everything again and
     * computes the fee itself. Submitting what is already submitted returns it unchanged.
     */
    async submit(actor: Actor, id: string) {
      const f = await load(id)
      if (f.filer_id !== actor.sub) throw forbidden('只有提交人可以提交这份申请')
      if (f.status !== 'draft' && f.status !== 'correction-requested') return view(f)
      const { data } = kernel.record(f)
      const problems = validateFiling(data, today())
      if (problems.length > 0) refuse(problems)
      const ids = fileIdsOf(data)
      const owned = new Set((await files.byIds(ids)).filter((r) => r.owner_id === actor.sub).map((r) => r.id))
      const missing = ids.find((x) => !owned.has(x))
      if (missing) throw badRequest('FILING_FILE_UNKNOWN', '有一个附件没有上传成功，请重新上传后再提交', 'evidence')
      const fee = quoteFilingFee(data)
      const now = nowIso()
      const version = f.version + 1
      const write = (filingNumber: string) =>
        transact(async (trx) => {
          const changed = await filings.transition(
            id,
            f.status,
            {
              status: 'submitted',
              version,
              fee_json: JSON.stringify(fee),
              filing_number: filingNumber,
              submitted_at: now,
              review_started_on: today(),
              correction_json: f.status === 'correction-requested' ? f.correction_json : null,
              updated_at: now,
            },
            trx,
          )
          if (!changed) return false
          await filings.addVersion(trx, {
            filing_id: id,
            version,
            data_json: f.data_json,
            fee_json: JSON.stringify(fee),
            submitted_by: actor.sub,
            submitted_at: now,
          })
          await filings.replaceParties(
            trx,
            id,
            data.parties.map((p) => ({
              side: p.side,
              name: p.name.trim(),
              id_key: (p.type === 'person' ? p.idNumber : p.creditCode).trim().toUpperCase(),
              mobile: p.mobile.trim() || null,
            })),
          )
          await filings.replaceAgent(trx, id, data.agent ? { id_key: data.agent.idNumber.trim().toUpperCase(), name: data.agent.name.trim() } : null)
          await filings.linkFiles(trx, id, ids)
          return true
        })
      const ok = await withFilingNumber(f.filing_number, write)
      if (!ok) return view(await load(id))
      await audit.record({
        actorId: actor.sub,
        action: version === 1 ? 'filing.submitted' : 'filing.resubmitted',
        subject: `filing:${id}`,
        detail: { version },
        at: now,
      })
      return view(await load(id))
    },

    async queue(actor: Actor, opts: { agriculturalFirst: boolean }) {
      if (!actor.courtId) throw forbidden()
      const rows = (await filings.queueForCourt(actor.courtId)).map(summary)
      // Newest first; the green channel (涉农) ahead of the rest when asked.
      return opts.agriculturalFirst ? [...rows].sort((a, b) => Number(b.agricultural) - Number(a.agricultural)) : rows
    },

    async forward(actor: Actor, id: string) {
      const f = await loadVisible(actor, id)
      if (f.court_id !== actor.courtId || f.court_id === f.target_court_id) throw conflict('FILING_NOT_CROSS_REGION', '这不是跨域立案，不需要转交')
      if (f.forwarded_at) return view(f)
      await filings.update(id, { forwarded_at: nowIso(), updated_at: nowIso() })
      await audit.record({ actorId: actor.sub, action: 'filing.forwarded', subject: `filing:${id}`, detail: { to: f.target_court_id }, at: nowIso() })
      return view(await load(id))
    },

    /** 一次性告知: every item to correct, listed at once (在线诉讼规则 art. 9). */
    async requestCorrection(actor: Actor, id: string, items: CorrectionItem[]) {
      const f = await loadVisible(actor, id)
      if (!staffCanDecide(actor, f)) throw forbidden('只有管辖法院的法官或书记员可以审查')
      const now = nowIso()
      const ok = await filings.transition(id, 'submitted', {
        status: 'correction-requested',
        correction_json: JSON.stringify({ items, requestedAt: now }),
        updated_at: now,
      })
      if (!ok) throw conflict('FILING_ALREADY_DECIDED', '这份申请已经处理过了，请刷新')
      await audit.record({ actorId: actor.sub, action: 'filing.correction-requested', subject: `filing:${id}`, detail: { items }, at: now })
      return view(await load(id))
    },

    async decline(actor: Actor, id: string, reason: string) {
      const f = await loadVisible(actor, id)
      if (!staffCanDecide(actor, f)) throw forbidden('只有管辖法院的法官或书记员可以审查')
      const now = nowIso()
      const ok = await filings.transition(id, 'submitted', {
        status: 'declined',
        decline_reason: reason.trim(),
        decided_at: now,
        decided_on: today(),
        updated_at: now,
      })
      if (!ok) throw conflict('FILING_ALREADY_DECIDED', '这份申请已经处理过了，请刷新')
      await audit.record({ actorId: actor.sub, action: 'filing.declined', subject: `filing:${id}`, detail: { reason: reason.trim() }, at: now })
      return view(await load(id))
    },

    /** 登记立案: assigns the next case number of the court, type and year, and a judge. */
    async accept(actor: Actor, id: string, input: { procedure: Procedure; judgeId: string }) {
      const f = await loadVisible(actor, id)
      if (!staffCanDecide(actor, f)) throw forbidden('只有管辖法院的法官或书记员可以审查')
      const judge = await users.byId(input.judgeId)
      if (!judge || judge.role !== 'judge' || judge.court_id !== actor.courtId) throw badRequest('FILING_JUDGE_INVALID', '请选择本院的一位法官', 'judgeId')
      const court = await courts.byId(f.target_court_id)
      if (!court) throw notFound('COURT_NOT_FOUND', '找不到管辖法院')
      if (input.procedure === 'small-claims' && f.kind !== 'civil-first')
        throw badRequest('FILING_PROCEDURE_INELIGIBLE', '只有民事案件可以适用小额诉讼程序', 'procedure')
      const day = today()
      const year = Number(day.slice(0, 4))
      const typeCode = caseTypeCodeFor(f.kind)
      const now = nowIso()
      const caseNumber = await transact(async (trx) => {
        const seq = await filings.nextCaseSeq(trx, court.id, typeCode, year)
        const number = formatCaseNumber({ year, courtCode: court.code, typeCode, seq })
        const ok = await filings.transition(
          id,
          'submitted',
          { status: 'accepted', case_number: number, procedure: input.procedure, judge_id: judge.id, decided_at: now, decided_on: day, updated_at: now },
          trx,
        )
        // Rolling back returns the number, so no gaps appear when two clerks press at once.
        if (!ok) throw conflict('FILING_ALREADY_DECIDED', '这份申请已经处理过了，请刷新')
        return number
      })
      await audit.record({
        actorId: actor.sub,
        action: 'filing.accepted',
        subject: `filing:${id}`,
        detail: { caseNumber, procedure: input.procedure, judge: judge.display_name },
        at: now,
      })
      return view(await load(id))
    },

    /** Who may read an attached file: its owner, and whoever may see a filing it is attached to. */
    async canReadFile(actor: Actor, file: { id: string; owner_id: string }): Promise<boolean> {
      if (file.owner_id === actor.sub) return true
      for (const { filing_id } of await filings.filingsOfFile(file.id)) {
        try {
          await loadVisible(actor, filing_id)
          return true
        } catch {
          // not this one
        }
      }
      return false
    },
  }
}
export type FilingsService = ReturnType<typeof filingsService>
