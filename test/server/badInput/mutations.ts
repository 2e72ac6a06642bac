import Ajv from 'ajv'
import type { Schema } from './routes'

/** A place in a body: keys and array indexes from the root. */
export type Path = Array<string | number>

/** One body that breaks its schema in one place, and the field the refusal must name. */
export interface BodyMutation {
  label: string
  body: unknown
  /** the field path the error envelope must carry, e.g. 'parties[1].idNumber' */
  field?: string
}

const DELETE = Symbol('delete')
const isNode = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `['parties', 1, 'idNumber']` → 'parties[1].idNumber', as the server writes field paths. */
export function fieldOf(path: Path): string {
  const s = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${String(p)}]` : acc ? `${acc}.${p}` : p), '')
  return s || '(body)'
}

/** A copy of `root` with the value at `path` replaced (or removed). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy: unknown = structuredClone(root)
  let node = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (value === DELETE) delete node[last]
  else node[last] = value
  return copy
}

/** A branch of a union that stands for `null` (OpenAPI prints Type.Null() as `enum: [null]`). */
const isNullBranch = (s: unknown) => isNode(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null))

/** The schema with a Nullable unwrapped, and whether `null` is allowed there. */
function unwrap(s: Schema): { s: Schema; nullable: boolean } {
  const nullable = s.nullable === true || (Array.isArray(s.anyOf) && s.anyOf.some(isNullBranch))
  if (Array.isArray(s.anyOf)) {
    const other = (s.anyOf as Schema[]).find((b) => !isNullBranch(b))
    if (other) return { s: { title: s.title, ...other }, nullable }
  }
  return { s, nullable }
}

/** A day, and a month ('YYYY-MM', the monthly report's): whichever the field's pattern takes. */
const DATE_EXAMPLES = ['2027-03-01', '2027-03']

function baseString(s: Schema): string {
  const min = typeof s.minLength === 'number' ? s.minLength : 0
  const pattern = typeof s.pattern === 'string' ? s.pattern : undefined
  if (pattern?.includes('20\\d\\d')) return DATE_EXAMPLES.find((x) => new RegExp(pattern, 'u').test(x)) ?? DATE_EXAMPLES[0]
  return 'x'.repeat(Math.max(min, 1))
}

/** The smallest value that fits `s`, every optional property included (so each can be broken in turn). */
export function baseValue(schema: Schema): unknown {
  const { s } = unwrap(schema)
  if (Array.isArray(s.enum)) return s.enum.find((v) => v !== null)
  if (s.const !== undefined) return s.const
  if (Array.isArray(s.oneOf)) return baseValue(s.oneOf[0] as Schema)
  switch (s.type) {
    case 'string':
      return baseString(s)
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 0
    case 'boolean':
      return true
    case 'array': {
      const n = Math.max(typeof s.minItems === 'number' ? s.minItems : 0, 1)
      return Array.from({ length: n }, () => baseValue(s.items as Schema))
    }
    case 'object':
      return Object.fromEntries(Object.entries((s.properties ?? {}) as Record<string, Schema>).map(([k, v]) => [k, baseValue(v)]))
    default:
      throw new Error(`no base value for schema ${JSON.stringify(s).slice(0, 120)}`)
  }
}

/** Values of the wrong JSON type for a schema type. */
const WRONG_TYPES: Record<string, unknown[]> = {
  string: [12345, true, {}, []],
  integer: ['12', true, 1.5, {}, []],
  number: ['12', true, {}, []],
  boolean: ['true', 1, {}, []],
  array: ['x', {}, 7],
  object: ['x', [], 7],
}

const BAD_DAYS = ['2026-02-30', '2025-02-29', '9999-12-31', '1999-12-31', '2026-13-01', '2026-1-1', '2026/10/08', '２０２６-１０-０８']

/** Strings that break a pattern other than the day's: blank, spaced, not ASCII. */
function patternBreakers(pattern: string, max: number | undefined): string[] {
  const re = new RegExp(pattern, 'u')
  if (pattern.includes('20\\d\\d')) return BAD_DAYS
  return ['   ', '\t', 'a b', '键'].filter((c) => !re.test(c) && (max === undefined || c.length <= max)).slice(0, 1)
}

function stringMutations(s: Schema, base: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  const max = typeof s.maxLength === 'number' ? s.maxLength : undefined
  const min = typeof s.minLength === 'number' ? s.minLength : 0
  if (max !== undefined) {
    out.push([`longer than ${String(max)}`, 'x'.repeat(max + 1)])
    if (max <= 5000) out.push([`${String(max + 1)} Chinese characters`, '字'.repeat(max + 1)])
  }
  if (min > 0) out.push([`shorter than ${String(min)}`, 'x'.repeat(min - 1)])
  if (Array.isArray(s.enum)) out.push(['not one of the options', 'zz-not-an-option'])
  if (typeof s.pattern === 'string') for (const bad of patternBreakers(s.pattern, max)) out.push([`not matching its pattern (${bad})`, bad])
  return out.map(([label, v]) => [label, v === base ? `${v}!` : v])
}

function numberMutations(s: Schema): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  if (typeof s.minimum === 'number') out.push(['below the minimum', s.minimum - 1])
  if (typeof s.maximum === 'number') out.push(['above the maximum', s.maximum + 1])
  if (Array.isArray(s.enum)) out.push(['not one of the options', 45])
  return out
}

class Walker {
  readonly out: BodyMutation[] = []
  constructor(private readonly tail: string) {}

  private add(root: unknown, path: Path, what: string, value: unknown, field = fieldOf(path)) {
    this.out.push({ label: `${fieldOf(path)} ${what}${this.tail}`, body: setAt(root, path, value), field })
  }

  walk(root: unknown, path: Path, schema: Schema) {
    const { s, nullable } = unwrap(schema)
    if (path.length > 0 && !nullable) this.add(root, path, 'null', null)
    const type = Array.isArray(s.oneOf) ? 'object' : String(s.type)
    for (const wrong of WRONG_TYPES[type] ?? []) this.add(root, path, `as ${JSON.stringify(wrong)}`, wrong)
    if (type === 'string') for (const [what, v] of stringMutations(s, baseValue(s) as string)) this.add(root, path, what, v)
    if (type === 'integer' || type === 'number') for (const [what, v] of numberMutations(s)) this.add(root, path, what, v)
    if (type === 'array') this.array(root, path, s)
    if (Array.isArray(s.oneOf)) this.union(root, path, s)
    else if (type === 'object') this.object(root, path, s)
  }

  private array(root: unknown, path: Path, s: Schema) {
    const item = baseValue(s.items as Schema)
    if (typeof s.maxItems === 'number' && s.maxItems < 500)
      this.add(
        root,
        path,
        `with ${String(s.maxItems + 1)} items`,
        Array.from({ length: s.maxItems + 1 }, () => item),
      )
    if (typeof s.minItems === 'number' && s.minItems > 0) this.add(root, path, 'empty', [])
    this.walk(root, [...path, 0], s.items as Schema)
  }

  private object(root: unknown, path: Path, s: Schema) {
    const here = path.length === 0 ? root : path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], root)
    this.add(root, path, 'with an unknown key', { ...(here as object), zzUnknown: 1 }, fieldOf([...path, 'zzUnknown']))
    let deep: unknown = 'x'
    for (let i = 0; i < 8; i++) deep = { a: deep }
    this.add(root, path, 'with an unknown key nested 8 deep', { ...(here as object), zzDeep: deep }, fieldOf([...path, 'zzDeep']))
    for (const key of Array.isArray(s.required) ? (s.required as string[]) : []) this.add(root, [...path, key], 'missing', DELETE)
    for (const [key, prop] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) this.walk(root, [...path, key], prop)
  }

  /** A tagged union: a wrong or missing tag, then each branch broken in its own places. */
  private union(root: unknown, path: Path, s: Schema) {
    const tag = (s.discriminator as { propertyName?: string } | undefined)?.propertyName
    for (const branch of s.oneOf as Schema[]) {
      const withBranch = setAt(root, path, baseValue(branch))
      if (tag) this.add(withBranch, [...path, tag], 'an unknown kind', 'zz-alien')
      this.object(withBranch, path, branch)
    }
  }
}

/** Every single-place break of a body: wrong types, null, lengths, ranges, options, patterns, unknown and missing keys. */
export function bodyMutations(schema: Schema): BodyMutation[] {
  const w = new Walker('')
  w.walk(baseValue(schema), [], schema)
  return w.out
}

/** A validator of the schema as the document prints it, to prove each mutation really breaks it. */
export function localValidator(schema: Schema): (body: unknown) => boolean {
  const ajv = new Ajv({ strict: false, discriminator: true, allErrors: false })
  ajv.addKeyword({ keyword: 'example' })
  const validate = ajv.compile(schema)
  return (body) => validate(structuredClone(body)) === true
}

/** Every leaf of a value with its path: where a random value may be dropped in. */
export function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => leafPaths(v, [...path, i]))
  if (isNode(value)) {
    const keys = Object.keys(value)
    return keys.length === 0 ? [path] : [path, ...keys.flatMap((k) => leafPaths(value[k], [...path, k]))]
  }
  return [path]
}
