import { Type, type Static, type TSchema, type TUnsafe } from 'typebox'

/**
 * The API's contract: the TypeBox schema of every request and response, grouped by resource, with
 * the TypeScript type of each derived from it (`Static<>`). The server validates and serialises
 * with the schemas; the app imports the types only (`import type`), so nothing here reaches the
 * mini-program bundle. This folder imports TypeBox and domain types, nothing else.
 */

/**
 * A string from a fixed list, as `{ type: 'string', enum }`: a wrong value in a request is
 * reported under the field's Chinese title, and a reply serialises it as a plain string. The
 * values are the keys of `members`, so that given a domain union — `Enum<HalfDay>({ am: true,
 * pm: true })` — the compiler insists on every member of it and on nothing else.
 *
 * @param members the allowed values, as keys
 * @param options schema options, usually the Chinese `title`
 * @example Enum<Procedure>({ ordinary: true, simple: true, 'small-claims': true }, { title: '程序' })
 */
export function Enum<T extends string>(members: Record<T, true>, options: { title?: string } = {}): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: Object.keys(members), ...options })
}

/** `T` or `null`: the API sends `null`, never leaves the field out, when a value is absent. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

/**
 * A calendar day that exists, 'YYYY-MM-DD', in the years 2000–2099: months of their own length,
 * 29 February only in a leap year (every fourth year of this century, 2000 included). As a pattern
 * and not a format, so every checker of the schema — the server's Ajv, TypeBox, the OpenAPI
 * document — refuses '2026-02-30' and '9999-12-31' alike, with nothing to register first.
 */
export const DAY_PATTERN =
  '^20\\d\\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))$|^20(?:[02468][048]|[13579][26])-02-29$'

/** A calendar day 'YYYY-MM-DD' (Asia/Shanghai) in a request, named for the error message; see {@link DAY_PATTERN}. */
export const Day = (title: string) => Type.String({ title, pattern: DAY_PATTERN, maxLength: 10, examples: ['2026-10-08'] })

/** A bounded string in a request, named for the error message. */
export const Text = (title: string, maxLength = 200, minLength = 0) => Type.String({ title, maxLength, minLength })

export const Role = Enum<'litigant' | 'agent' | 'judge' | 'clerk' | 'mediator' | 'admin'>({
  litigant: true,
  agent: true,
  judge: true,
  clerk: true,
  mediator: true,
  admin: true,
})
export type Role = Static<typeof Role>

export const ErrorEnvelope = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String()),
    problems: Type.Optional(Type.Array(Type.Object({ code: Type.String(), field: Type.String(), message: Type.String() }))),
  }),
})
export type ErrorEnvelope = Static<typeof ErrorEnvelope>

/** Error replies every authenticated route can give. */
export const authErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 409: ErrorEnvelope }
/** The OpenAPI security requirement of a route that needs a signed-in user. */
export const bearer = [{ bearer: [] }]

export const IdParams = Type.Object({ id: Type.String({ title: '编号', minLength: 1, maxLength: 64 }) })
export type IdParams = Static<typeof IdParams>

/** The key a client makes for one creating request: visible ASCII (it is stored, and compared byte for byte). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ title: '请求编号', maxLength: 80, pattern: '^[\\x21-\\x7e]+$' })),
})
export type IdempotencyHeaders = Static<typeof IdempotencyHeaders>

/** GET /api/health */
export const HealthReply = Type.Object({ status: Type.Literal('ok'), db: Type.String() })
export type HealthReply = Static<typeof HealthReply>

/** A room of a court: a courtroom, a 巡回审判点 or a mediation room. */
export const RoomKind = Enum<'courtroom' | 'mediation-room' | 'circuit-point'>({ courtroom: true, 'mediation-room': true, 'circuit-point': true })
export type RoomKind = Static<typeof RoomKind>

export const Room = Type.Object({ id: Type.String(), name: Type.String(), kind: RoomKind, address: Nullable(Type.String()) })
export type Room = Static<typeof Room>

/**
 * The page of a list a request asks for: at most `limit` rows (20 unless asked, never more than
 * 100) after `cursor`, the opaque value the previous page's reply carried in the
 * {@link NEXT_CURSOR_HEADER} header. The body of a list reply stays the plain array of its rows, so
 * a page is read like the whole list was; the header is absent on the last page.
 */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 100 })),
  cursor: Type.Optional(Type.String({ title: '翻页位置', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
})
export type PageQuery = Static<typeof PageQuery>

/** The reply header that carries where the next page starts (see {@link PageQuery}). */
export const NEXT_CURSOR_HEADER = 'x-next-cursor'

/** Rows of a page unless the request asks for another number. */
export const DEFAULT_PAGE_SIZE = 20
