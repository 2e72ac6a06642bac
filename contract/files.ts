import { Type, type Static } from 'typebox'

/** Evidence and attachments: one uploaded file, as every resource that refers to it describes it. */

export const FileInfo = Type.Object({ id: Type.String(), name: Type.String(), mime: Type.String(), size: Type.Integer(), sha256: Type.String() })
export type FileInfo = Static<typeof FileInfo>

/** GET /files/:id: a preview may carry the token in the query, as <image src> cannot send headers. */
export const FileQuery = Type.Object({ access_token: Type.Optional(Type.String({ maxLength: 2000 })) })
export type FileQuery = Static<typeof FileQuery>
