import { Type, type Static } from 'typebox'

/** Evidence and attachments: one uploaded file, as every resource that refers to it describes it. */

export const FileInfo = Type.Object({ id: Type.String(), name: Type.String(), mime: Type.String(), size: Type.Integer(), sha256: Type.String() })
export type FileInfo = Static<typeof FileInfo>

/** GET /files/:id: a preview may carry the token in the query, as <image src> cannot send headers. */
/** A signed link's parameters: the user it was made for, when it expires, its signature (POST /files/:id/link). */
export const FileQuery = Type.Object({
  u: Type.Optional(Type.String({ maxLength: 64 })),
  exp: Type.Optional(Type.String({ maxLength: 12 })),
  sig: Type.Optional(Type.String({ maxLength: 64 })),
})
export type FileQuery = Static<typeof FileQuery>
