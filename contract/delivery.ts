import { Type, type Static } from 'typebox'
import type { ChainFailureCode, ChainFailureWhere } from '../domain/service/chainFailures'
import type { PaperServiceMode as PaperMode } from '../domain/service/checkPaperService'
import type { ServiceDocumentKind } from '../domain/service/documentKinds'
import type { ServiceState } from '../domain/service/followUp'
import { Day, Enum, Nullable, Room } from './common'
import { ConsentStep } from './filings'

/**
 * 电子送达 (delivery of court documents): parties' 送达地址确认书 and inbox, staff issuing and
 * following up, receipts and their proof. The paths keep their name: /api/v1/service/….
 */

export const DocumentKind = Enum<ServiceDocumentKind>(
  {
    'complaint-copy': true,
    'response-notice': true,
    'evidence-notice': true,
    summons: true,
    judgment: true,
    ruling: true,
    mediation: true,
    'execution-notice': true,
  },
  { title: '文书种类' },
)
export type DocumentKind = Static<typeof DocumentKind>

/**
 * 'public-notice': 公告送达, recorded when a party cannot be reached (民事诉讼法 art. 95).
 * 'electronic-unconfirmed': to the in-app account of a party who has not confirmed an electronic
 * address; served only once they sign or read it (在线诉讼规则第三十一条第二款).
 * 'paper': printed and served by hand, by post or left at the home, recorded afterwards with
 * POST /service/documents/:id/paper-service; no consent needed.
 */
export const DeliveryMethod = Enum<'electronic' | 'electronic-unconfirmed' | 'public-notice' | 'paper'>(
  { electronic: true, 'electronic-unconfirmed': true, 'public-notice': true, paper: true },
  { title: '送达方式' },
)
export type DeliveryMethod = Static<typeof DeliveryMethod>

export const DeliveryState = Enum<ServiceState>({
  undelivered: true,
  'public-notice': true,
  unread: true,
  read: true,
  signed: true,
  'served-on-paper': true,
})
export type DeliveryState = Static<typeof DeliveryState>

/** Where the address in force came from: the complaint, or the party's own 送达地址确认书. */
export const AddressSource = Enum<'filing' | 'party'>({ filing: true, party: true })
export type AddressSource = Static<typeof AddressSource>

/** 送达地址确认书 as the party fills it in. */
export const AddressBody = Type.Object(
  {
    app: Type.Boolean({ title: '通过本小程序接收' }),
    sms: Type.Boolean({ title: '短信提醒' }),
    mobile: Type.String({ title: '手机号', maxLength: 11 }),
    email: Type.Optional(Type.String({ title: '电子邮箱', maxLength: 100 })),
    postalAddress: Type.String({ title: '邮寄地址', maxLength: 200 }),
    consentElectronic: Type.Boolean({ title: '是否同意电子送达' }),
    consentSteps: Type.Array(ConsentStep, { title: '同意电子送达的事项', maxItems: 4 }),
  },
  { additionalProperties: false },
)
export type AddressBody = Static<typeof AddressBody>

/** A confirmed address as the API returns it (the domain's ServiceAddressConfirmation). */
export const AddressView = Type.Object({
  app: Type.Boolean(),
  sms: Type.Boolean(),
  mobile: Type.String(),
  email: Type.Optional(Type.String()),
  postalAddress: Type.String(),
  consentElectronic: Type.Boolean(),
  consentSteps: Type.Array(ConsentStep),
})
export type AddressView = Static<typeof AddressView>

/** A document's text as the court renders it. */
export const RenderedDocument = Type.Object({
  title: Type.String(),
  caseNumber: Type.String(),
  addressee: Type.String(),
  paragraphs: Type.Array(Type.String()),
  items: Type.Array(Type.String()),
  court: Type.String(),
  dateLine: Type.String(),
})
export type RenderedDocument = Static<typeof RenderedDocument>

/**
 * A signed chain head as a party's receipt (送达凭证) carries it: the record's length and last hash
 * after this document's latest receipt, the court key's id and signature (hex Ed25519 over the
 * head statement at GET /service/keys), and `code`, the short form shown as 送达凭证编号.
 */
export const ReceiptHead = Type.Object({
  seq: Type.Integer(),
  hash: Type.String(),
  keyId: Type.String(),
  signature: Type.String(),
  signedAt: Type.String(),
  code: Type.String(),
})
export type ReceiptHead = Static<typeof ReceiptHead>

/** 直接送达 / 邮寄送达 / 留置送达 (民事诉讼法第八十八、九十一、八十九条). */
export const PaperServiceMode = Enum<PaperMode>({ direct: true, postal: true, left: true }, { title: '送达方式' })
export type PaperServiceMode = Static<typeof PaperServiceMode>

/** POST /service/documents/:id/paper-service: what the clerk records of a service on paper. */
export const PaperServiceBody = Type.Object(
  {
    mode: PaperServiceMode,
    happenedOn: Day('送达日期'),
    servedOn: Type.Optional(Day('签收日期')),
    receiptFileId: Type.Optional(Type.String({ title: '送达回证照片', minLength: 1, maxLength: 64 })),
    emsNumber: Type.Optional(Type.String({ title: 'EMS 邮件号', maxLength: 20 })),
    witnesses: Type.Optional(Type.Array(Type.String({ title: '见证人', maxLength: 40 }), { title: '见证人', maxItems: 5 })),
    recordFileId: Type.Optional(Type.String({ title: '留置过程的照片或录像', minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)
export type PaperServiceBody = Static<typeof PaperServiceBody>

/** A recorded paper service as a document shows it; the proof files are named by id, with their hash. */
export const PaperServiceView = Type.Object({
  mode: PaperServiceMode,
  modeName: Type.String(),
  happenedOn: Type.String(),
  servedOn: Type.String(),
  emsNumber: Nullable(Type.String()),
  witnesses: Type.Array(Type.String()),
  receiptFile: Nullable(Type.Object({ id: Type.String(), sha256: Type.String() })),
  recordFile: Nullable(Type.Object({ id: Type.String(), sha256: Type.String() })),
  recordedAt: Type.String(),
})
export type PaperServiceView = Static<typeof PaperServiceView>

/** One issued document for one recipient, with its receipts, legal service date and the deadline it starts. */
export const DocumentView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  kind: DocumentKind,
  kindName: Type.String(),
  title: Type.String(),
  method: DeliveryMethod,
  recipient: Type.Object({ idx: Type.Integer(), name: Type.String(), side: Type.String() }),
  issuedAt: Type.String(),
  deliveredAt: Nullable(Type.String()),
  deliveredChannel: Nullable(Type.String()),
  openedAt: Nullable(Type.String()),
  signedAt: Nullable(Type.String()),
  /** served on paper: the first recorded 直接、邮寄 or 留置送达 */
  paperService: Nullable(PaperServiceView),
  publicNotice: Nullable(Type.Object({ publishedOn: Type.String(), medium: Type.String() })),
  /** `presumed`: served by the read report on an unconfirmed address, which the party may still rebut */
  servedOn: Nullable(
    Type.Object({ servedOn: Type.String(), deemed: Type.Boolean(), provisional: Type.Boolean(), article: Type.String(), presumed: Type.Boolean() }),
  ),
  /** a judgment or ruling of a small-claims case: final at first instance (一审终审), no appeal period */
  finalJudgment: Type.Boolean(),
  /** the addressee has no domicile in China: the 30-day periods apply (民事诉讼法第二百八十五、二百八十六条) */
  abroad: Type.Boolean(),
  deadline: Nullable(
    Type.Object({
      rule: Type.String(),
      name: Type.String(),
      days: Type.Integer(),
      due: Type.String(),
      provisional: Type.Boolean(),
      article: Type.String(),
    }),
  ),
  state: DeliveryState,
  flagged: Type.Boolean(),
  daysUnread: Type.Union([Type.Integer(), Type.Null()]),
  contentSha256: Type.String(),
  content: Nullable(RenderedDocument),
  hearing: Nullable(Type.Object({ date: Type.String(), time: Type.String(), place: Type.String(), address: Type.String() })),
  file: Nullable(Type.Object({ id: Type.String(), name: Type.String(), size: Type.Integer(), sha256: Type.String() })),
  canSign: Type.Boolean(),
  receipt: Nullable(ReceiptHead),
})
export type DocumentView = Static<typeof DocumentView>

/** My 送达地址确认书 in one case. */
export const MyAddress = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  partyIdx: Type.Integer(),
  partyName: Type.String(),
  side: Type.String(),
  current: Nullable(AddressView),
  source: Nullable(AddressSource),
  confirmedAt: Nullable(Type.String()),
  version: Type.Integer(),
  suggested: Type.Object({ mobile: Type.String(), postalAddress: Type.String() }),
})
export type MyAddress = Static<typeof MyAddress>

/** GET /service/inbox */
export const Inbox = Type.Object({
  unread: Type.Integer(),
  needsAddress: Type.Array(Type.Object({ caseId: Type.String(), caseNumber: Type.String(), partyName: Type.String() })),
  documents: Type.Array(DocumentView),
})
export type Inbox = Static<typeof Inbox>

/** A case in the court's delivery list. */
export const CaseSummary = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  plaintiffs: Type.Array(Type.String()),
  defendants: Type.Array(Type.String()),
  judgeId: Nullable(Type.String()),
  documents: Type.Integer(),
  unread: Type.Integer(),
  flagged: Type.Integer(),
})
export type CaseSummary = Static<typeof CaseSummary>

/** A party of a case with the address in force, as the court sees it. */
export const CaseParty = Type.Object({
  idx: Type.Integer(),
  side: Type.String(),
  name: Type.String(),
  address: Nullable(Type.Intersect([AddressView, Type.Object({ source: AddressSource, confirmedAt: Nullable(Type.String()), version: Type.Integer() })])),
  hasAccount: Type.Boolean(),
  postalAddress: Type.String(),
})
export type CaseParty = Static<typeof CaseParty>

/**
 * Whether a document's SMS went out, as the outbox last recorded it: `sent` (with the time),
 * `retrying` (a try failed; the worker tries again by itself), `pending` (not tried yet) or
 * `failed` (the worker gave up).
 */
export const DocumentSms = Type.Object({
  documentId: Type.String(),
  state: Enum<'sent' | 'retrying' | 'pending' | 'failed'>({ sent: true, retrying: true, pending: true, failed: true }),
  sentAt: Nullable(Type.String()),
  attempts: Type.Integer(),
})
export type DocumentSms = Static<typeof DocumentSms>

/** GET /service/cases/:id */
export const CaseStatus = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  procedure: Nullable(Type.String()),
  parties: Type.Array(CaseParty),
  documents: Type.Array(DocumentView),
  /** the SMS of each document that has one (staff only) */
  sms: Type.Array(DocumentSms),
  rooms: Type.Array(Room),
})
export type CaseStatus = Static<typeof CaseStatus>

/** POST /service/cases/:id/documents */
export const IssueBody = Type.Object(
  {
    kind: DocumentKind,
    recipients: Type.Array(Type.Integer({ title: '受送达人', minimum: 0, maximum: 99 }), { title: '受送达人', minItems: 1, maxItems: 20 }),
    method: Type.Optional(DeliveryMethod),
    hearing: Type.Optional(
      Type.Object({
        date: Day('开庭日期'),
        time: Type.String({ title: '开庭时间', minLength: 4, maxLength: 5 }),
        roomId: Type.String({ title: '开庭地点', minLength: 1, maxLength: 64 }),
      }),
    ),
    fileId: Type.Optional(Type.String({ title: '文书文件', minLength: 1, maxLength: 64 })),
    appealable: Type.Optional(Type.Boolean({ title: '是否可以上诉' })),
    publicNotice: Type.Optional(
      Type.Object({
        publishedOn: Day('公告日期'),
        medium: Type.String({ title: '公告刊登的媒体', minLength: 2, maxLength: 100 }),
      }),
    ),
  },
  { additionalProperties: false },
)
export type IssueBody = Static<typeof IssueBody>

export const IssueReply = Type.Object({ documents: Type.Array(DocumentView) })
export type IssueReply = Static<typeof IssueReply>

/** What failed in a proof, where: the receipt (`seq`), the document, the stored head or the checkpoint; `message` is for people. */
export const ProofFailure = Type.Object({
  code: Enum<ChainFailureCode>({
    'seq-gap': true,
    'prev-mismatch': true,
    'hash-mismatch': true,
    unsigned: true,
    'signature-invalid': true,
    'key-unknown': true,
    missing: true,
    'checkpoint-mismatch': true,
    'head-missing': true,
    'head-invalid': true,
    'head-mismatch': true,
    'checkpoint-invalid': true,
    'document-missing': true,
    'document-unrecorded': true,
    'document-content-mismatch': true,
    'document-row-mismatch': true,
    'document-file-mismatch': true,
  }),
  where: Enum<ChainFailureWhere>({ event: true, head: true, checkpoint: true, document: true }),
  seq: Nullable(Type.Integer()),
  documentId: Nullable(Type.String()),
  message: Type.String(),
})
export type ProofFailure = Static<typeof ProofFailure>

/**
 * GET /service/:id/proof: the case's receipt chain checked against the court's signatures, the
 * signed head stored for the case and the checkpoint kept outside the database. `verified` only
 * when `failures` is empty; `chain.brokenAt` is the first receipt that fails.
 */
export const Proof = Type.Object({
  caseId: Type.String(),
  caseNumber: Type.String(),
  verified: Type.Boolean(),
  chain: Type.Object({
    ok: Type.Boolean(),
    length: Type.Integer(),
    head: Nullable(Type.String()),
    brokenAt: Nullable(Type.Object({ seq: Type.Integer(), reason: Type.String(), message: Type.String() })),
  }),
  signedHead: Nullable(Type.Intersect([ReceiptHead, Type.Object({ ok: Type.Boolean() })])),
  checkpoint: Type.Object({ seq: Nullable(Type.Integer()), lines: Type.Integer(), ok: Type.Boolean() }),
  failures: Type.Array(ProofFailure),
  documents: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), recipient: Type.String(), contentSha256: Type.String(), ok: Type.Boolean() })),
  events: Type.Array(
    Type.Object({
      caseId: Type.String(),
      seq: Type.Integer(),
      documentId: Nullable(Type.String()),
      type: Type.String(),
      at: Type.String(),
      actorId: Nullable(Type.String()),
      detail: Type.Record(Type.String(), Type.Unknown()),
      prevHash: Type.String(),
      hash: Type.String(),
      keyId: Nullable(Type.String()),
      signature: Nullable(Type.String()),
      signedAt: Nullable(Type.String()),
      code: Nullable(Type.String()),
    }),
  ),
})
export type Proof = Static<typeof Proof>

/** GET /service/keys (no sign-in): the public keys that verify receipts, and the texts they sign. */
export const ServiceKeys = Type.Object({
  algorithm: Type.Literal('Ed25519'),
  signatureEncoding: Type.Literal('hex'),
  headStatement: Type.String(),
  checkpointStatement: Type.String(),
  keys: Type.Array(Type.Object({ keyId: Type.String(), publicKey: Type.String({ description: 'SPKI PEM' }), current: Type.Boolean() })),
})
export type ServiceKeys = Static<typeof ServiceKeys>

/** GET /admin/outbox: messages the notifier sent (development: SMS, subscribe messages, e-mail). */
export const OutboxQuery = Type.Object({ limit: Type.Optional(Type.Integer({ title: '条数', minimum: 1, maximum: 500, default: 100 })) })
export type OutboxQuery = Static<typeof OutboxQuery>

export const OutboxItem = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient: Type.String(),
  template: Type.String(),
  text: Type.String(),
  documentId: Nullable(Type.String()),
  status: Type.String(),
  createdAt: Type.String(),
})
export type OutboxItem = Static<typeof OutboxItem>
