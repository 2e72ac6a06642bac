import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { canonicalJson } from '../../domain/service/canonicalJson'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent, type ServiceEventType } from '../../domain/service/chainLink'
import { consentFor, type ElectronicChannel } from '../../domain/service/consentFor'
import { deadlineAfterService } from '../../domain/service/deadlineAfterService'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from '../../domain/service/documentKinds'
import { followUp } from '../../domain/service/followUp'
import { legalServiceDate, type LegalServiceDate } from '../../domain/service/legalServiceDate'
import { renderDocument, type HearingPlace, type RenderedDocument } from '../../domain/service/renderDocument'
import { validateHearing } from '../../domain/service/validateHearing'
import { validateServiceAddress } from '../../domain/service/validateServiceAddress'
import { verifyChain } from '../../domain/service/verifyChain'
import { parseCalendarDay } from '../../domain/dates/parseCalendarDay'
import { DomainError } from '../../domain/errors'
import type { FilingData, ServiceAddressConfirmation } from '../../domain/filing/types'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { AppError, badRequest, forbidden, notFound } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { CourtsRepository } from '../repositories/courts'
import type { FilesRepository } from '../repositories/files'
import type { FilingRow, FilingsRepository } from '../repositories/filings'
import type { ServiceDocumentRow, ServiceEventRow, ServiceRepository } from '../repositories/service'
import type { UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'
import type { Notifier, OutboundMessage } from './notify'

const ISSUERS = ['judge', 'clerk']
const COURT_READERS = ['judge', 'clerk', 'admin']
const PARTY_ROLES = ['litigant', 'agent']

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export interface IssueInput {
  caseId: string
  kind: ServiceDocumentKind
  /** the parties to serve, by their index in the case (filing_parties.idx) */
  recipients: number[]
  /** 'electronic' (default) needs the recipient's consent; 'public-notice' records a 公告 instead */
  method?: 'electronic' | 'public-notice'
  /** a 传票's hearing: day, time of day and a courtroom or circuit point of the case's court */
  hearing?: { date: string; time: string; roomId: string }
  /** 判决书 / 裁定书 / 调解书: the signed PDF, uploaded first with POST /api/v1/files */
  fileId?: string
  /** a 裁定书 that may be appealed (不予受理, 驳回起诉, 管辖权异议) */
  appealable?: boolean
  publicNotice?: { publishedOn: string; medium: string }
}

/** What a document's content hash covers; stored as canonical JSON, so the hash is of the stored text. */
interface DocumentContent {
  kind: ServiceDocumentKind
  caseId: string
  caseNumber: string
  recipient: { idx: number; name: string; side: string }
  rendered: RenderedDocument | null
  file: { id: string; name: string; size: number; sha256: string } | null
  hearing: HearingPlace | null
  appealable: boolean
  method: 'electronic' | 'public-notice'
  publicNotice: { publishedOn: string; medium: string } | null
}

type AddressSource = 'filing' | 'party'
interface CurrentAddress {
  address: ServiceAddressConfirmation
  source: AddressSource
  confirmedAt: string | null
  version: number
}

const firstOf = (events: ServiceEventRow[], type: ServiceEventType) => events.find((e) => e.type === type)

/**
 * 电子送达 use cases: the parties' 送达地址确认书, issuing documents, delivery to the inbox with
 * SMS / subscribe-message reminders, and receipts (issued, delivered, opened, signed, published)
 * appended to a SHA-256 hash chain per case.
 */
export function serviceService(deps: {
  service: ServiceRepository
  filings: FilingsRepository
  users: UsersRepository
  courts: CourtsRepository
  files: FilesRepository
  audit: AuditRepository
  notifier: Notifier
  clock: Clock
  uploadDir: string
}) {
  const { service: repo, filings, users, courts, files, audit, notifier, clock } = deps
  const nowIso = () => shanghaiIso(clock.now())
  const today = () => shanghaiDay(clock.now())
  const dayOf = (iso: string) => shanghaiDay(new Date(iso))

  async function idKeyOf(actor: Actor): Promise<string | null> {
    if (!PARTY_ROLES.includes(actor.role)) return null
    const u = await users.byId(actor.sub)
    // Only a verified identity may claim what is addressed to an ID number (在线诉讼规则 art. 7).
    return u?.real_name_status === 'verified' && u.id_number ? u.id_number.toUpperCase() : null
  }

  async function loadCase(caseId: string): Promise<FilingRow> {
    const f = await filings.byId(caseId)
    if (!f || f.status !== 'accepted' || !f.case_number) throw notFound('SERVICE_CASE_NOT_FOUND', '找不到这个案件')
    return f
  }

  const isCourtStaff = (actor: Actor, courtId: string) => COURT_READERS.includes(actor.role) && actor.courtId === courtId

  function requireStaff(actor: Actor, f: FilingRow) {
    if (!isCourtStaff(actor, f.target_court_id)) throw forbidden('这个案件不属于本院，无法查看送达情况')
  }

  /** The filer, acting as agent, receives for the side they filed for. */
  const isAgentFor = (actor: Actor, f: FilingRow, side: string) => actor.role === 'agent' && f.filer_id === actor.sub && side === 'plaintiff'

  /** May this person see (and, unless staff, receive) the document? Addressee, their agent, the court's staff. */
  async function relation(actor: Actor, doc: ServiceDocumentRow, f: FilingRow): Promise<'staff' | 'addressee' | 'agent' | null> {
    if (isCourtStaff(actor, doc.court_id)) return 'staff'
    const key = await idKeyOf(actor)
    if (key && key === doc.recipient_id_key) return 'addressee'
    if (isAgentFor(actor, f, doc.recipient_side)) return 'agent'
    return null
  }

  async function loadDocument(actor: Actor, id: string) {
    const doc = await repo.document(id)
    if (!doc) throw notFound('SERVICE_DOCUMENT_NOT_FOUND', '找不到这份文书')
    const f = await loadCase(doc.case_id)
    const rel = await relation(actor, doc, f)
    if (!rel) throw forbidden('这份文书不是送达给您的，无法查看')
    return { doc, f, rel }
  }

  const dataOf = (f: FilingRow) => JSON.parse(f.data_json) as FilingData

  /** The party's 送达地址确认书 in force: their own latest, else the one given in the filing for the filer's side. */
  async function currentAddress(f: FilingRow, party: { idx: number; side: string }): Promise<CurrentAddress | null> {
    const row = await repo.latestAddress(f.id, party.idx)
    if (row) return { address: JSON.parse(row.data_json) as ServiceAddressConfirmation, source: 'party', confirmedAt: row.confirmed_at, version: row.version }
    if (party.side === 'plaintiff') return { address: dataOf(f).service, source: 'filing', confirmedAt: f.submitted_at, version: 0 }
    return null
  }

  // ---- the hash chain -------------------------------------------------------------------------

  async function append(q: Parameters<typeof repo.insertEvent>[0], e: Omit<ServiceEvent, 'seq'>): Promise<ServiceEventRow> {
    const last = await repo.lastEvent(q, e.caseId)
    const event: ServiceEvent = { ...e, seq: (last?.seq ?? 0) + 1 }
    const prevHash = last?.hash ?? GENESIS_HASH
    const row: ServiceEventRow = {
      case_id: event.caseId,
      seq: event.seq,
      document_id: event.documentId,
      type: event.type,
      at: event.at,
      actor_id: event.actorId,
      detail_json: canonicalJson(event.detail),
      prev_hash: prevHash,
      hash: sha256Hex(chainLinkInput(prevHash, event)),
    }
    await repo.insertEvent(q, row)
    return row
  }

  /**
   * Appends events to one case's chain in a transaction of their own, serialised with other writers.
   * A document gets each kind of receipt once: a second tap, or the reader's automatic `opened`
   * racing the 签收 button, adds nothing.
   */
  async function appendAll(caseId: string, events: Array<Omit<ServiceEvent, 'seq' | 'caseId'>>) {
    await repo.db.transaction().execute(async (trx) => {
      await repo.lockCase(trx, caseId)
      for (const e of events) {
        if (e.documentId && (await repo.eventTypesOf(trx, e.documentId)).has(e.type)) continue
        await append(trx, { ...e, caseId })
      }
    })
  }

  const toEvent = (r: ServiceEventRow): ServiceEvent => ({
    caseId: r.case_id,
    seq: r.seq,
    documentId: r.document_id,
    type: r.type as ServiceEventType,
    at: r.at,
    actorId: r.actor_id,
    detail: JSON.parse(r.detail_json) as Record<string, unknown>,
  })

  // ---- views ----------------------------------------------------------------------------------

  function servedOf(events: ServiceEventRow[]): LegalServiceDate | null {
    const delivered = firstOf(events, 'delivered')
    const published = firstOf(events, 'published')
    const electronic = delivered ? legalServiceDate({ method: 'electronic', deliveredOn: dayOf(delivered.at) }) : null
    const notice = published
      ? legalServiceDate({ method: 'public-notice', publishedOn: String((JSON.parse(published.detail_json) as { publishedOn: string }).publishedOn) })
      : null
    // A party who receives a publicly noticed document before the notice runs out is served on receipt.
    if (electronic && notice) return electronic.servedOn <= notice.servedOn ? electronic : notice
    return electronic ?? notice
  }

  function documentView(doc: ServiceDocumentRow, events: ServiceEventRow[], caseNumber: string, opts: { withContent: boolean; canSign: boolean }) {
    const content = JSON.parse(doc.content_json) as DocumentContent
    const at = (type: ServiceEventType) => firstOf(events, type)?.at ?? null
    const delivered = firstOf(events, 'delivered')
    const served = servedOf(events)
    const kind = doc.kind as ServiceDocumentKind
    const state = followUp({
      deliveredOn: delivered ? dayOf(delivered.at) : null,
      openedOn: at('opened') ? dayOf(at('opened')!) : null,
      signedOn: at('signed') ? dayOf(at('signed')!) : null,
      publicNotice: doc.method === 'public-notice',
      today: today(),
    })
    return {
      id: doc.id,
      caseId: doc.case_id,
      caseNumber,
      kind,
      kindName: DOCUMENT_KINDS[kind].name,
      title: doc.title,
      method: doc.method,
      recipient: { idx: doc.party_idx, name: doc.recipient_name, side: doc.recipient_side },
      issuedAt: doc.issued_at,
      deliveredAt: delivered?.at ?? null,
      deliveredChannel: delivered ? String((JSON.parse(delivered.detail_json) as { channel?: string }).channel ?? '') : null,
      openedAt: at('opened'),
      signedAt: at('signed'),
      publicNotice: content.publicNotice,
      servedOn: served,
      deadline: served ? deadlineAfterService(kind, served.servedOn, { appealable: doc.appealable === 1 }) : null,
      state: state.state,
      flagged: state.flagged,
      daysUnread: state.daysUnread,
      contentSha256: doc.content_sha256,
      content: opts.withContent ? content.rendered : null,
      hearing: content.hearing,
      file: content.file,
      canSign: opts.canSign && !at('signed'),
    }
  }

  async function views(docs: ServiceDocumentRow[], caseNumbers: Map<string, string>, canSign: (d: ServiceDocumentRow) => boolean) {
    const events = await repo.eventsOfDocuments(docs.map((d) => d.id))
    const byDoc = new Map<string, ServiceEventRow[]>()
    for (const e of events) byDoc.set(e.document_id ?? '', [...(byDoc.get(e.document_id ?? '') ?? []), e])
    return docs.map((d) => documentView(d, byDoc.get(d.id) ?? [], caseNumbers.get(d.case_id) ?? '', { withContent: false, canSign: canSign(d) }))
  }

  // ---- delivery -------------------------------------------------------------------------------

  /** Reminders (在线诉讼规则 art. 32) and, where the inbox could not be reached, delivery by SMS or e-mail (art. 31: the earliest channel counts). */
  async function notifyAll(
    items: Array<{ doc: ServiceDocumentRow; channels: ElectronicChannel[]; address: ServiceAddressConfirmation | null; delivered: boolean }>,
    f: FilingRow,
  ) {
    const court = await courts.byId(f.target_court_id)
    for (const { doc, channels, address, delivered } of items) {
      let reached = delivered
      const text = `【${court?.name ?? '人民法院'}】${doc.recipient_name}您好：法院向您送达了${doc.title}（${f.case_number}）。请在微信中打开“移动微法院”小程序，点“我的文书”查看并签收。咨询电话${court?.phone ?? '12368'}。`
      const data = { title: doc.title, caseNumber: f.case_number ?? '', issuedAt: doc.issued_at, documentId: doc.id }
      const send = async (m: Omit<OutboundMessage, 'courtId' | 'text' | 'data' | 'documentId'>) => {
        try {
          return await notifier.send({ ...m, courtId: doc.court_id, text, data, documentId: doc.id })
        } catch {
          // A provider outage must not undo the service already recorded; the follow-up list shows what did not arrive.
          return { ok: false as const, error: 'send failed' }
        }
      }
      for (const channel of ['sms', 'email'] as const) {
        if (!channels.includes(channel) || !address) continue
        const to = channel === 'sms' ? address.mobile.trim() : (address.email ?? '').trim()
        const res = await send({ channel, to, template: 'service-issued' })
        if (res.ok && !reached) {
          await appendAll(doc.case_id, [{ documentId: doc.id, type: 'delivered', at: res.at, actorId: null, detail: { channel, ref: res.ref } }])
          reached = true
        }
      }
      if (channels.includes('app')) {
        for (const account of await repo.accountsOf(doc.recipient_id_key)) {
          await send({ channel: 'wechat', to: account.openid ?? account.id, template: 'service-issued' })
        }
      }
    }
  }

  // ---- use cases ------------------------------------------------------------------------------

  async function fileContent(actor: Actor, fileId: string | undefined) {
    if (!fileId) throw badRequest('SERVICE_FILE_REQUIRED', '请先上传盖章后的文书 PDF', 'fileId')
    const file = await files.byId(fileId)
    const owner = file ? await users.byId(file.owner_id) : undefined
    if (!file || !owner || owner.court_id !== actor.courtId || PARTY_ROLES.includes(owner.role)) {
      throw badRequest('SERVICE_FILE_UNKNOWN', '没有找到本院上传的这个文件，请重新上传', 'fileId')
    }
    if (file.mime !== 'application/pdf') throw badRequest('SERVICE_FILE_NOT_PDF', '判决书、裁定书、调解书请上传 PDF 文件', 'fileId')
    return { id: file.id, name: file.original_name, size: file.size, sha256: file.sha256 }
  }

  async function hearingPlace(f: FilingRow, hearing: IssueInput['hearing']): Promise<HearingPlace> {
    if (!hearing) throw badRequest('SERVICE_HEARING_REQUIRED', '传票需要填写开庭时间和地点', 'hearing')
    const problems = validateHearing(hearing, today())
    if (problems.length > 0) throw new AppError(400, problems[0].code, problems[0].message, problems[0].field, problems)
    const room = (await courts.rooms(f.target_court_id)).find((r) => r.id === hearing.roomId)
    if (!room) throw badRequest('SERVICE_HEARING_ROOM_UNKNOWN', '请选择本院的法庭或巡回审判点', 'hearing.roomId')
    return { date: hearing.date, time: hearing.time, place: room.name, address: room.address ?? '' }
  }

  function checkPublicNotice(input: IssueInput) {
    const pn = input.publicNotice
    if (!pn) throw badRequest('SERVICE_PUBLIC_NOTICE_REQUIRED', '公告送达请填写公告日期和刊登的媒体', 'publicNotice')
    try {
      parseCalendarDay(pn.publishedOn, 'publicNotice.publishedOn')
    } catch (err) {
      if (err instanceof DomainError) throw badRequest('SERVICE_PUBLIC_NOTICE_DATE_INVALID', '公告日期不对，请重新选择', 'publicNotice.publishedOn')
      throw err
    }
    if (pn.publishedOn > today())
      throw badRequest('SERVICE_PUBLIC_NOTICE_DATE_INVALID', '公告日期不能晚于今天：请在公告发出后再登记', 'publicNotice.publishedOn')
    return { publishedOn: pn.publishedOn, medium: pn.medium.trim() }
  }

  /**
   * Issues one document of a kind to each chosen party of a case. Checks everything first and
   * stores nothing if any recipient fails (no e-service consent → SERVICE_NO_CONSENT, serve on
   * paper). Each document, its `issued` receipt and — when the party's inbox can receive it — its
   * `delivered` receipt (the legal service date) are written in one transaction; SMS / e-mail /
   * subscribe-message reminders go out after. Hearing scheduling calls this for the 传票.
   */
  async function issue(actor: Actor, input: IssueInput) {
    const f = await loadCase(input.caseId)
    if (!ISSUERS.includes(actor.role) || actor.courtId !== f.target_court_id) throw forbidden('只有本案所在法院的法官或书记员可以发送文书')
    const info = DOCUMENT_KINDS[input.kind]
    const method = input.method ?? 'electronic'
    const parties = await repo.parties(f.id)
    const data = dataOf(f)
    if (new Set(input.recipients).size !== input.recipients.length)
      throw badRequest('SERVICE_RECIPIENT_REPEATED', '同一位当事人选了两次，请检查受送达人', 'recipients')
    const chosen = input.recipients.map((idx, i) => {
      const p = parties.find((x) => x.idx === idx)
      if (!p) throw badRequest('SERVICE_RECIPIENT_UNKNOWN', '受送达人不是本案当事人，请重新选择', `recipients[${i}]`)
      return p
    })
    const hearing = input.kind === 'summons' ? await hearingPlace(f, input.hearing) : null
    const file = info.source === 'upload' ? await fileContent(actor, input.fileId) : null
    const publicNotice = method === 'public-notice' ? checkPublicNotice(input) : null

    const plans: Array<{ party: (typeof parties)[number]; channels: ElectronicChannel[]; address: ServiceAddressConfirmation | null; app: boolean }> = []
    for (const [i, party] of chosen.entries()) {
      const current = await currentAddress(f, party)
      if (method === 'electronic') {
        const consent = consentFor(current?.address ?? null, input.kind)
        if (!consent.ok) {
          throw badRequest(
            'SERVICE_NO_CONSENT',
            `${party.name}${consent.message}，不能电子送达${info.name}。请改用直接送达或邮寄送达纸质文书（《民事诉讼法》第九十条）；下落不明的，可以公告送达。`,
            `recipients[${i}]`,
          )
        }
        // The inbox reaches the party if they (or the filer, for the filer's side) have an account.
        const app = consent.channels.includes('app') && (party.side === 'plaintiff' || (await repo.accountsOf(party.id_key)).length > 0)
        plans.push({ party, channels: consent.channels, address: current?.address ?? null, app })
      } else {
        plans.push({ party, channels: [], address: current?.address ?? null, app: false })
      }
    }

    const court = await courts.byId(f.target_court_id)
    const issuedAt = nowIso()
    const issuedOn = today()
    const docs: Array<{ doc: ServiceDocumentRow; delivered: boolean; plan: (typeof plans)[number] }> = []
    await repo.db.transaction().execute(async (trx) => {
      await repo.lockCase(trx, f.id)
      for (const plan of plans) {
        const { party } = plan
        const addressOf = (idx: number) => {
          const p = data.parties[idx]
          return p?.address ?? ''
        }
        const rendered =
          info.source === 'template'
            ? renderDocument({
                kind: input.kind,
                case: {
                  caseNumber: f.case_number!,
                  courtName: court?.name ?? '',
                  courtPhone: court?.phone ?? '12368',
                  procedure: (f.procedure ?? data.procedure) as FilingData['procedure'],
                  parties: parties.map((p) => ({ side: p.side as 'plaintiff', name: p.name, address: addressOf(p.idx) })),
                  claims: data.claims,
                  facts: data.facts,
                },
                recipient: { side: party.side as 'plaintiff', name: party.name, address: addressOf(party.idx) },
                issuedOn,
                hearing: hearing ?? undefined,
              })
            : null
        const content: DocumentContent = {
          kind: input.kind,
          caseId: f.id,
          caseNumber: f.case_number!,
          recipient: { idx: party.idx, name: party.name, side: party.side },
          rendered,
          file,
          hearing,
          appealable: input.kind === 'ruling' && !!input.appealable,
          method,
          publicNotice,
        }
        const contentJson = canonicalJson(content)
        const doc: ServiceDocumentRow = {
          id: `doc-${randomUUID()}`,
          case_id: f.id,
          court_id: f.target_court_id,
          kind: input.kind,
          title: rendered?.title ?? info.name,
          method,
          party_idx: party.idx,
          recipient_id_key: party.id_key,
          recipient_name: party.name,
          recipient_side: party.side,
          content_json: contentJson,
          content_sha256: sha256Hex(contentJson),
          file_id: file?.id ?? null,
          appealable: content.appealable ? 1 : 0,
          issued_by: actor.sub,
          issued_at: issuedAt,
        }
        await repo.insertDocument(trx, doc)
        const base = { caseId: f.id, documentId: doc.id, at: issuedAt }
        await append(trx, {
          ...base,
          type: 'issued',
          actorId: actor.sub,
          detail: { kind: input.kind, title: doc.title, recipient: party.name, method, contentSha256: doc.content_sha256 },
        })
        if (plan.app) await append(trx, { ...base, type: 'delivered', actorId: null, detail: { channel: 'app' } })
        if (publicNotice) {
          const deemed = legalServiceDate({ method: 'public-notice', publishedOn: publicNotice.publishedOn })
          await append(trx, { ...base, type: 'published', actorId: actor.sub, detail: { ...publicNotice, deemedServedOn: deemed.servedOn } })
        }
        docs.push({ doc, delivered: plan.app, plan })
      }
    })
    await notifyAll(
      docs.map(({ doc, delivered, plan }) => ({ doc, channels: plan.channels, address: plan.address, delivered })),
      f,
    )
    await audit.record({
      actorId: actor.sub,
      action: 'service.issued',
      subject: `filing:${f.id}`,
      detail: { kind: input.kind, method, documents: docs.map((d) => d.doc.id), recipients: docs.map((d) => d.doc.recipient_name) },
      at: issuedAt,
    })
    const numbers = new Map([[f.id, f.case_number!]])
    return {
      documents: await views(
        docs.map((d) => d.doc),
        numbers,
        () => false,
      ),
    }
  }

  /** The cases of the actor's court with what was served and what needs following up. */
  async function casesOfCourt(actor: Actor) {
    if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden()
    const cases = await repo.casesOfCourt(actor.courtId)
    const docs = await repo.documentsOfCases(cases.map((c) => c.id))
    const numbers = new Map(cases.map((c) => [c.id, c.case_number ?? '']))
    const all = await views(docs, numbers, () => false)
    return cases.map((c) => {
      const d = dataOf(c)
      const mine = all.filter((v) => v.caseId === c.id)
      return {
        caseId: c.id,
        caseNumber: c.case_number ?? '',
        plaintiffs: d.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name),
        defendants: d.parties.filter((p) => p.side === 'defendant').map((p) => p.name),
        judgeId: c.judge_id,
        documents: mine.length,
        unread: mine.filter((v) => v.state === 'unread').length,
        flagged: mine.filter((v) => v.flagged).length,
      }
    })
  }

  /** One case: each party's consent and channels, every document with its delivered / opened / signed times. */
  async function caseStatus(actor: Actor, caseId: string) {
    const f = await loadCase(caseId)
    requireStaff(actor, f)
    const data = dataOf(f)
    const parties = await repo.parties(f.id)
    const docs = await views(await repo.documentsOfCase(f.id), new Map([[f.id, f.case_number!]]), () => false)
    const rooms = await courts.rooms(f.target_court_id)
    return {
      caseId: f.id,
      caseNumber: f.case_number!,
      procedure: f.procedure,
      parties: await Promise.all(
        parties.map(async (p) => {
          const current = await currentAddress(f, p)
          const accounts = await repo.accountsOf(p.id_key)
          return {
            idx: p.idx,
            side: p.side,
            name: p.name,
            address: current ? { ...current.address, source: current.source, confirmedAt: current.confirmedAt, version: current.version } : null,
            hasAccount: accounts.length > 0 || p.side === 'plaintiff',
            postalAddress: current?.address.postalAddress ?? data.parties[p.idx]?.address ?? '',
          }
        }),
      ),
      documents: docs,
      rooms: rooms.map((r) => ({ id: r.id, name: r.name, kind: r.kind, address: r.address })),
    }
  }

  const api = {
    issue,
    casesOfCourt,
    caseStatus,

    /** The reader: the document as issued, with its receipts and the deadlines that follow. */
    async document(actor: Actor, id: string) {
      const { doc, f, rel } = await loadDocument(actor, id)
      const events = (await repo.eventsOfDocuments([doc.id])).filter((e) => e.document_id === doc.id)
      return documentView(doc, events, f.case_number!, { withContent: true, canSign: rel !== 'staff' })
    },

    /** The addressee (or their agent) opened it: recorded once; if no channel had reached them yet, this is delivery too. */
    async open(actor: Actor, id: string) {
      const { doc, rel } = await loadDocument(actor, id)
      if (rel === 'staff') throw forbidden('只有受送达人可以签收文书')
      const events = (await repo.eventsOfDocuments([doc.id])).filter((e) => e.document_id === doc.id)
      const at = nowIso()
      const add: Array<Omit<ServiceEvent, 'seq' | 'caseId'>> = []
      if (!firstOf(events, 'delivered')) add.push({ documentId: doc.id, type: 'delivered', at, actorId: actor.sub, detail: { channel: 'app', on: 'opened' } })
      if (!firstOf(events, 'opened')) add.push({ documentId: doc.id, type: 'opened', at, actorId: actor.sub, detail: { by: rel } })
      if (add.length > 0) await appendAll(doc.case_id, add)
      return api.document(actor, id)
    },

    /** 签收: the party confirms receipt (在线诉讼规则 art. 33). Signing twice changes nothing. */
    async sign(actor: Actor, id: string) {
      const { doc, rel } = await loadDocument(actor, id)
      if (rel === 'staff') throw forbidden('只有受送达人可以签收文书')
      await api.open(actor, id)
      const events = (await repo.eventsOfDocuments([doc.id])).filter((e) => e.document_id === doc.id)
      if (!firstOf(events, 'signed'))
        await appendAll(doc.case_id, [{ documentId: doc.id, type: 'signed', at: nowIso(), actorId: actor.sub, detail: { by: rel } }])
      await audit.record({ actorId: actor.sub, action: 'service.signed', subject: `filing:${doc.case_id}`, detail: { document: doc.id }, at: nowIso() })
      return api.document(actor, id)
    },

    /** The uploaded PDF of a 判决书 / 裁定书 / 调解书, for whoever may see the document. */
    async documentFile(actor: Actor, id: string) {
      const { doc } = await loadDocument(actor, id)
      if (!doc.file_id) throw notFound('SERVICE_DOCUMENT_NO_FILE', '这份文书没有附件，请直接在页面上阅读')
      const file = await files.byId(doc.file_id)
      if (!file) throw notFound('SERVICE_DOCUMENT_NO_FILE', '找不到这份文书的文件')
      return { name: file.original_name, mime: file.mime, path: path.join(deps.uploadDir, 'files', file.storage_name) }
    },

    /** The document with its content, for the printable page. */
    async printable(actor: Actor, id: string) {
      const { doc, f } = await loadDocument(actor, id)
      const content = JSON.parse(doc.content_json) as DocumentContent
      return { doc, content, caseNumber: f.case_number! }
    },

    /** My documents (addressed to me, or to the side I filed for as agent), newest first, and what I still have to confirm. */
    async inbox(actor: Actor) {
      const key = await idKeyOf(actor)
      const mine = await repo.documentsFor(key ? [key] : [])
      const asAgent: ServiceDocumentRow[] = []
      if (actor.role === 'agent') {
        for (const f of (await filings.visibleToParty(actor.sub, null)).filter((x) => x.status === 'accepted' && x.filer_id === actor.sub)) {
          asAgent.push(...(await repo.documentsOfCase(f.id)).filter((d) => d.recipient_side === 'plaintiff' && d.recipient_id_key !== key))
        }
      }
      const docs = [...mine, ...asAgent].sort((a, b) => (a.issued_at < b.issued_at ? 1 : a.issued_at > b.issued_at ? -1 : a.id.localeCompare(b.id)))
      const cases = key ? await repo.casesNaming(key) : []
      const numbers = new Map<string, string>()
      for (const d of docs) if (!numbers.has(d.case_id)) numbers.set(d.case_id, (await filings.byId(d.case_id))?.case_number ?? '')
      const list = await views(docs, numbers, () => true)
      const needsAddress: Array<{ caseId: string; caseNumber: string; partyName: string }> = []
      for (const c of cases) {
        for (const p of (await repo.parties(c.id)).filter((x) => x.id_key === key)) {
          if (!(await currentAddress(c, p))) needsAddress.push({ caseId: c.id, caseNumber: c.case_number ?? '', partyName: p.name })
        }
      }
      return { unread: list.filter((d) => !d.openedAt).length, needsAddress, documents: list }
    },

    /** The 送达地址确认书 of every case naming me, with the one in force and how many times it changed. */
    async myAddresses(actor: Actor) {
      const key = await idKeyOf(actor)
      if (!key) return []
      const out = []
      for (const c of await repo.casesNaming(key)) {
        for (const p of (await repo.parties(c.id)).filter((x) => x.id_key === key)) {
          const current = await currentAddress(c, p)
          const data = dataOf(c)
          out.push({
            caseId: c.id,
            caseNumber: c.case_number ?? '',
            partyIdx: p.idx,
            partyName: p.name,
            side: p.side,
            current: current?.address ?? null,
            source: current?.source ?? null,
            confirmedAt: current?.confirmedAt ?? null,
            version: current?.version ?? 0,
            suggested: { mobile: p.mobile ?? '', postalAddress: data.parties[p.idx]?.address ?? '' },
          })
        }
      }
      return out
    },

    /**
     * A party confirms or changes their 送达地址确认书 for a case (《民诉法解释》第一百三十六条;
     * 在线诉讼规则 arts. 29–30). Each change is a new version; the old ones stay, and the change is
     * a receipt in the case's chain, because consent is what makes e-service valid.
     */
    async confirmAddress(actor: Actor, caseId: string, input: ServiceAddressConfirmation) {
      const f = await loadCase(caseId)
      const key = await idKeyOf(actor)
      const party = key ? (await repo.parties(f.id)).find((p) => p.id_key === key) : undefined
      if (!party) throw forbidden('只有本案当事人本人可以填写送达地址确认书')
      const address: ServiceAddressConfirmation = {
        app: input.app,
        sms: input.sms,
        mobile: input.mobile.trim(),
        ...(input.email?.trim() ? { email: input.email.trim() } : {}),
        postalAddress: input.postalAddress.trim(),
        consentElectronic: input.consentElectronic,
        consentSteps: input.consentElectronic ? input.consentSteps : [],
      }
      const problems = validateServiceAddress(address)
      if (problems.length > 0) throw new AppError(400, problems[0].code, problems[0].message, problems[0].field, problems)
      const at = nowIso()
      let version = 0
      await repo.db.transaction().execute(async (trx) => {
        await repo.lockCase(trx, f.id)
        const last = await repo.latestAddress(f.id, party.idx, trx)
        version = (last?.version ?? 0) + 1
        await repo.insertAddress(trx, {
          id: `sa-${randomUUID()}`,
          case_id: f.id,
          party_idx: party.idx,
          id_key: party.id_key,
          version,
          data_json: JSON.stringify(address),
          confirmed_by: actor.sub,
          confirmed_at: at,
        })
        await append(trx, {
          caseId: f.id,
          documentId: null,
          type: 'address-confirmed',
          at,
          actorId: actor.sub,
          detail: { party: party.name, version, sha256: sha256Hex(canonicalJson(address)) },
        })
      })
      await audit.record({
        actorId: actor.sub,
        action: version === 1 ? 'service.address-confirmed' : 'service.address-changed',
        subject: `filing:${f.id}`,
        detail: { party: party.name, version },
        at,
      })
      return (await api.myAddresses(actor)).find((a) => a.caseId === f.id && a.partyIdx === party.idx)!
    },

    /**
     * The case's receipt chain and whether it holds: every link re-hashed from the stored rows, every
     * document's stored content checked against the hash its `issued` receipt recorded, and an
     * uploaded PDF re-hashed from disk. Staff of the court and the case's parties may ask.
     */
    async proof(actor: Actor, caseId: string) {
      const f = await loadCase(caseId)
      if (!isCourtStaff(actor, f.target_court_id)) {
        const key = await idKeyOf(actor)
        const party = key ? (await repo.parties(f.id)).some((p) => p.id_key === key) : false
        if (!party && !(actor.role === 'agent' && f.filer_id === actor.sub)) throw forbidden('这不是您的案件，无法查看送达记录')
      }
      const rows = await repo.eventsOfCase(f.id)
      const verdict = verifyChain(
        rows.map((r) => ({ event: toEvent(r), prevHash: r.prev_hash, hash: r.hash })),
        sha256Hex,
      )
      const docs = await repo.documentsOfCase(f.id)
      const documents = []
      for (const d of docs) {
        const issued = rows.find((r) => r.document_id === d.id && r.type === 'issued')
        const recorded = issued ? String((JSON.parse(issued.detail_json) as { contentSha256?: string }).contentSha256 ?? '') : ''
        let ok = !!issued && sha256Hex(d.content_json) === recorded && d.content_sha256 === recorded
        if (ok && d.file_id) ok = await fileIntact(d)
        documents.push({ id: d.id, title: d.title, recipient: d.recipient_name, contentSha256: recorded, ok })
      }
      return {
        caseId: f.id,
        caseNumber: f.case_number!,
        verified: verdict.ok && documents.every((d) => d.ok),
        chain: verdict.ok
          ? { ok: true, length: verdict.length, head: verdict.head, brokenAt: null }
          : { ok: false, length: verdict.length, head: null, brokenAt: verdict.brokenAt },
        documents,
        events: rows.map((r) => ({ ...toEvent(r), prevHash: r.prev_hash, hash: r.hash })),
      }
    },

    /** Admin: the messages the notifier wrote to the outbox, newest first (the demo's stand-in for SMS and WeChat). */
    async outbox(actor: Actor, limit: number) {
      if (!actor.courtId) throw forbidden()
      return (await repo.outbox(actor.courtId, limit)).map((m) => ({
        id: m.id,
        channel: m.channel,
        recipient: m.recipient,
        template: m.template,
        text: m.text,
        documentId: m.document_id,
        status: m.status,
        createdAt: m.created_at,
      }))
    },
  }
  return api

  async function fileIntact(d: ServiceDocumentRow): Promise<boolean> {
    const content = JSON.parse(d.content_json) as DocumentContent
    const row = d.file_id ? await files.byId(d.file_id) : undefined
    if (!row || !content.file || row.sha256 !== content.file.sha256) return false
    const hash = createHash('sha256')
    try {
      await pipeline(fs.createReadStream(path.join(deps.uploadDir, 'files', row.storage_name)), hash)
    } catch {
      return false
    }
    return hash.digest('hex') === content.file.sha256
  }
}
export type ServiceService = ReturnType<typeof serviceService>
export type { DocumentContent }
