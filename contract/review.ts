import { Type, type Static } from 'typebox'
import { Procedure } from './filings'

/** 立案审查: the court's side of online filing. Replies are the FilingSummary and FilingView of filings.ts. */

/** GET /review/filings */
export const QueueQuery = Type.Object({ agriculturalFirst: Type.Optional(Type.Boolean({ title: '涉农优先' })) })
export type QueueQuery = Static<typeof QueueQuery>

/** POST /review/filings/:id/accept */
export const AcceptBody = Type.Object({ procedure: Procedure, judgeId: Type.String({ title: '承办法官', minLength: 1, maxLength: 64 }) })
export type AcceptBody = Static<typeof AcceptBody>

/** POST /review/filings/:id/request-correction: 一次性告知补正. */
export const CorrectionBody = Type.Object({
  items: Type.Array(
    Type.Object({
      field: Type.String({ title: '补正项目', minLength: 1, maxLength: 100 }),
      message: Type.String({ title: '补正说明', minLength: 2, maxLength: 500 }),
    }),
    { title: '补正清单', minItems: 1, maxItems: 30 },
  ),
})
export type CorrectionBody = Static<typeof CorrectionBody>

/** POST /review/filings/:id/decline */
export const DeclineBody = Type.Object({ reason: Type.String({ title: '不予受理的理由', minLength: 10, maxLength: 5000 }) })
export type DeclineBody = Static<typeof DeclineBody>
