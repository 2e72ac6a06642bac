import { Type } from '@fastify/type-provider-typebox'

export const DocumentKind = Type.Union(
  [
    Type.Literal('complaint-copy'),
    Type.Literal('response-notice'),
    Type.Literal('evidence-notice'),
    Type.Literal('summons'),
    Type.Literal('judgment'),
    Type.Literal('ruling'),
    Type.Literal('mediation'),
  ],
  { title: '文书种类' },
)

const Step = Type.Union([Type.Literal('filing'), Type.Literal('notices'), Type.Literal('summons'), Type.Literal('judgment')], { title: '同意电子送达的事项' })

/** 送达地址确认书 as the party fills it in. */
export const AddressBody = Type.Object(
  {
    app: Type.Boolean({ title: '通过本小程序接收' }),
    sms: Type.Boolean({ title: '短信提醒' }),
    mobile: Type.String({ title: '手机号', maxLength: 11 }),
    email: Type.Optional(Type.String({ title: '电子邮箱', maxLength: 100 })),
    postalAddress: Type.String({ title: '邮寄地址', maxLength: 200 }),
    consentElectronic: Type.Boolean({ title: '是否同意电子送达' }),
    consentSteps: Type.Array(Step, { title: '同意电子送达的事项', maxItems: 4 }),
  },
  { additionalProperties: false },
)

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const Str = Type.String()

const Rendered = Type.Object({
  title: Str,
  caseNumber: Str,
  addressee: Str,
  paragraphs: Type.Array(Str),
  items: Type.Array(Str),
  court: Str,
  dateLine: Str,
})

export const DocumentView = Type.Object({
  id: Str,
  caseId: Str,
  caseNumber: Str,
  kind: Str,
  kindName: Str,
  title: Str,
  method: Str,
  recipient: Type.Object({ idx: Type.Integer(), name: Str, side: Str }),
  issuedAt: Str,
  deliveredAt: Nullable(Str),
  deliveredChannel: Nullable(Str),
  openedAt: Nullable(Str),
  signedAt: Nullable(Str),
  publicNotice: Type.Union([Type.Object({ publishedOn: Str, medium: Str }), Type.Null()]),
  servedOn: Type.Union([Type.Object({ servedOn: Str, deemed: Type.Boolean(), provisional: Type.Boolean(), article: Str }), Type.Null()]),
  deadline: Type.Union([Type.Object({ rule: Str, name: Str, days: Type.Integer(), due: Str, provisional: Type.Boolean(), article: Str }), Type.Null()]),
  state: Str,
  flagged: Type.Boolean(),
  daysUnread: Type.Union([Type.Integer(), Type.Null()]),
  contentSha256: Str,
  content: Type.Union([Rendered, Type.Null()]),
  hearing: Type.Union([Type.Object({ date: Str, time: Str, place: Str, address: Str }), Type.Null()]),
  file: Type.Union([Type.Object({ id: Str, name: Str, size: Type.Integer(), sha256: Str }), Type.Null()]),
  canSign: Type.Boolean(),
})

const AddressView = Type.Object({
  app: Type.Boolean(),
  sms: Type.Boolean(),
  mobile: Str,
  email: Type.Optional(Str),
  postalAddress: Str,
  consentElectronic: Type.Boolean(),
  consentSteps: Type.Array(Str),
})

export const MyAddress = Type.Object({
  caseId: Str,
  caseNumber: Str,
  partyIdx: Type.Integer(),
  partyName: Str,
  side: Str,
  current: Type.Union([AddressView, Type.Null()]),
  source: Nullable(Str),
  confirmedAt: Nullable(Str),
  version: Type.Integer(),
  suggested: Type.Object({ mobile: Str, postalAddress: Str }),
})

export const Inbox = Type.Object({
  unread: Type.Integer(),
  needsAddress: Type.Array(Type.Object({ caseId: Str, caseNumber: Str, partyName: Str })),
  documents: Type.Array(DocumentView),
})

export const CaseSummary = Type.Object({
  caseId: Str,
  caseNumber: Str,
  plaintiffs: Type.Array(Str),
  defendants: Type.Array(Str),
  judgeId: Nullable(Str),
  documents: Type.Integer(),
  unread: Type.Integer(),
  flagged: Type.Integer(),
})

export const CaseStatus = Type.Object({
  caseId: Str,
  caseNumber: Str,
  procedure: Nullable(Str),
  parties: Type.Array(
    Type.Object({
      idx: Type.Integer(),
      side: Str,
      name: Str,
      address: Type.Union([Type.Intersect([AddressView, Type.Object({ source: Str, confirmedAt: Nullable(Str), version: Type.Integer() })]), Type.Null()]),
      hasAccount: Type.Boolean(),
      postalAddress: Str,
    }),
  ),
  documents: Type.Array(DocumentView),
  rooms: Type.Array(Type.Object({ id: Str, name: Str, kind: Str, address: Nullable(Str) })),
})

export const IssueBody = Type.Object(
  {
    kind: DocumentKind,
    recipients: Type.Array(Type.Integer({ title: '受送达人', minimum: 0, maximum: 99 }), { title: '受送达人', minItems: 1, maxItems: 20 }),
    method: Type.Optional(Type.Union([Type.Literal('electronic'), Type.Literal('public-notice')], { title: '送达方式' })),
    hearing: Type.Optional(
      Type.Object({
        date: Type.String({ title: '开庭日期', minLength: 10, maxLength: 10 }),
        time: Type.String({ title: '开庭时间', minLength: 4, maxLength: 5 }),
        roomId: Type.String({ title: '开庭地点', minLength: 1, maxLength: 64 }),
      }),
    ),
    fileId: Type.Optional(Type.String({ title: '文书文件', minLength: 1, maxLength: 64 })),
    appealable: Type.Optional(Type.Boolean({ title: '是否可以上诉' })),
    publicNotice: Type.Optional(
      Type.Object({
        publishedOn: Type.String({ title: '公告日期', minLength: 10, maxLength: 10 }),
        medium: Type.String({ title: '公告刊登的媒体', minLength: 2, maxLength: 100 }),
      }),
    ),
  },
  { additionalProperties: false },
)

export const Proof = Type.Object({
  caseId: Str,
  caseNumber: Str,
  verified: Type.Boolean(),
  chain: Type.Object({
    ok: Type.Boolean(),
    length: Type.Integer(),
    head: Nullable(Str),
    brokenAt: Type.Union([Type.Object({ seq: Type.Integer(), reason: Str, message: Str }), Type.Null()]),
  }),
  documents: Type.Array(Type.Object({ id: Str, title: Str, recipient: Str, contentSha256: Str, ok: Type.Boolean() })),
  events: Type.Array(
    Type.Object({
      caseId: Str,
      seq: Type.Integer(),
      documentId: Nullable(Str),
      type: Str,
      at: Str,
      actorId: Nullable(Str),
      detail: Type.Record(Type.String(), Type.Unknown()),
      prevHash: Str,
      hash: Str,
    }),
  ),
})

export const OutboxItem = Type.Object({
  id: Str,
  channel: Str,
  recipient: Str,
  template: Str,
  text: Str,
  documentId: Nullable(Str),
  status: Str,
  createdAt: Str,
})
