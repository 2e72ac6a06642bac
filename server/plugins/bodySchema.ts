/**
 * A request body's schema as the server enforces it. The contract writes bodies with plain
 * `Type.Object`, which JSON Schema leaves open; a body must say exactly what it carries, so every
 * route's body is rewritten here once, when the route is registered — routes added later and
 * schemas written inline in a route file included, with nothing for their authors to remember:
 *
 * - every object is closed (`additionalProperties: false`) unless it says otherwise, so an unknown
 *   key at any depth is refused with its path instead of being stored;
 * - an intersection of objects (`Type.Intersect`) becomes the one object it means, since closing
 *   each part would refuse the other part's keys;
 * - a union of objects told apart by a literal (`type: 'person' | 'organisation'`) becomes a
 *   discriminated `oneOf`, so an error names the field of the branch the client meant, not the
 *   first missing field of a branch it did not mean;
 * - a node without a `title` takes its nearest ancestor's, so every error message names the field
 *   in Chinese.
 *
 * The input is never changed: response schemas share these objects.
 */

type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)
const isObjectNode = (n: Node) => n.type === 'object' || isNode(n.properties) || isNode(n.patternProperties)
/** A union or intersection node: its branches say which keys they take, so it is closed through them. */
const isComposite = (n: Node) => ['anyOf', 'oneOf', 'allOf'].some((k) => Array.isArray(n[k]))

/** Keys whose value is one subschema, and keys whose value is a list or a map of them. */
const ONE = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties']
const LIST = ['anyOf', 'oneOf', 'allOf', 'prefixItems']
const MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']

/** `allOf` of objects only → one object with every member's properties and required keys. */
function mergeIntersection(n: Node): Node {
  const parts = n.allOf as unknown[]
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every((p) => isNode(p) && isObjectNode(p) && p.additionalProperties === undefined)) return n
  const { allOf: _allOf, ...rest } = n
  const members = parts as Node[]
  return {
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...members.map((m) => m.properties ?? {})) as Node,
    required: [...new Set(members.flatMap((m) => (Array.isArray(m.required) ? (m.required as string[]) : [])))],
  }
}

/** The property every branch of a union of objects fixes to a literal and requires: the union's tag. */
function tagOf(branches: Node[]): string | undefined {
  const first = branches[0]?.properties
  if (!isNode(first)) return undefined
  return Object.keys(first).find((key) =>
    branches.every((b) => {
      const prop = isNode(b.properties) ? b.properties[key] : undefined
      return isNode(prop) && prop.const !== undefined && Array.isArray(b.required) && b.required.includes(key)
    }),
  )
}

/** `anyOf` of objects with a tag → `oneOf` with Ajv's `discriminator`, which checks only the branch the tag names. */
function discriminate(n: Node): Node {
  const branches = n.anyOf
  if (!Array.isArray(branches) || branches.length < 2 || !branches.every((b) => isNode(b) && isObjectNode(b))) return n
  const tag = tagOf(branches as Node[])
  if (!tag) return n
  const { anyOf: _anyOf, ...rest } = n
  return { ...rest, type: 'object', discriminator: { propertyName: tag }, oneOf: branches }
}

function walk(schema: unknown, title: string | undefined): unknown {
  if (Array.isArray(schema)) return schema.map((s) => walk(s, title))
  if (!isNode(schema)) return schema
  const n = discriminate(mergeIntersection({ ...schema }))
  if (n.title === undefined && title !== undefined) n.title = title
  const own = typeof n.title === 'string' ? n.title : title
  for (const key of ONE) if (key in n) n[key] = walk(n[key], own)
  for (const key of LIST) if (Array.isArray(n[key])) n[key] = walk(n[key], own)
  for (const key of MAP) {
    const map = n[key]
    if (isNode(map)) n[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, walk(v, own)]))
  }
  if (isObjectNode(n) && !isComposite(n) && n.additionalProperties === undefined) n.additionalProperties = false
  return n
}

/**
 * The body schema a route validates with: closed at every depth, intersections merged, tagged
 * unions discriminated, titles inherited. A copy; `schema` is left as it was.
 *
 * @example
 * closeBodySchema(Type.Object({ a: Type.Object({ b: Type.String() }) }))
 * // { type: 'object', additionalProperties: false, properties: { a: { type: 'object', additionalProperties: false, … } }, … }
 */
export function closeBodySchema<T>(schema: T): T {
  return walk(schema, undefined) as T
}

/**
 * Where a body schema is open or unbounded, as 'path: problem' lines (none when it is closed and
 * bounded everywhere): an object that accepts unknown keys or keys by pattern, a schema that
 * accepts anything, a string without `maxLength` or an array without `maxItems` (an enum or a
 * literal bounds itself). Used by the test that walks every registered route.
 */
export function openSpots(schema: unknown, path = '(body)'): string[] {
  if (!isNode(schema)) return [`${path}: not a schema`]
  const n = schema
  if (n.enum !== undefined || n.const !== undefined) return []
  const out: string[] = []
  const composite = isComposite(n)
  if (!composite && n.type === undefined) out.push(`${path}: accepts anything`)
  if (n.type === 'string' && typeof n.maxLength !== 'number') out.push(`${path}: string without maxLength`)
  if (n.type === 'array' && typeof n.maxItems !== 'number') out.push(`${path}: array without maxItems`)
  if (isObjectNode(n) && !(composite && n.properties === undefined) && n.additionalProperties !== false) out.push(`${path}: object open to unknown keys`)
  if (isNode(n.patternProperties)) out.push(`${path}: keys by pattern (a map) are unbounded`)
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(n[key])) (n[key] as unknown[]).forEach((s, i) => out.push(...openSpots(s, `${path}/${key}/${String(i)}`)))
  if (isNode(n.properties)) for (const [k, v] of Object.entries(n.properties)) out.push(...openSpots(v, `${path}.${k}`))
  if (isNode(n.items)) out.push(...openSpots(n.items, `${path}[]`))
  if (isNode(n.additionalProperties)) out.push(...openSpots(n.additionalProperties, `${path}.*`))
  return out
}
