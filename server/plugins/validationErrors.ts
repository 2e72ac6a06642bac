import { DAY_PATTERN } from '../../contract/common'

/** What Ajv reports for one schema problem (compiled with `verbose`, so the schema and data come along). */
export interface AjvError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  schema?: unknown
  data?: unknown
  parentSchema?: { title?: string; properties?: Record<string, { title?: string }> }
}

/** A field path is for the client to point at an input; a key of a megabyte is cut short. */
const MAX_FIELD = 200
const FALLBACK_LABEL = '填写的内容'

/** `/parties/1/idNumber` → `parties[1].idNumber`, the field path clients show next to the input. */
export function fieldPath(instancePath: string, child?: string): string {
  const parts = instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (child !== undefined) parts.push(child)
  const path = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '')
  return path.length > MAX_FIELD ? `${path.slice(0, MAX_FIELD)}…` : path
}

/** The key an error is about, below the object it was found on: a missing, unknown or tag key. */
function childKey(e: AjvError): string | undefined {
  if (e.keyword === 'required') return String(e.params.missingProperty)
  if (e.keyword === 'additionalProperties') return String(e.params.additionalProperty)
  if (e.keyword === 'discriminator') return String(e.params.tag)
  return undefined
}

/**
 * The one problem to report. Ajv stops at the first failing keyword but, inside a union, reports
 * each branch it tried and then the union itself: the union's summary and the `null` branch of a
 * Nullable say nothing a person can fix, so the first other problem is the one.
 */
export function pickError(errors: AjvError[]): AjvError {
  const telling = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && !(e.keyword === 'type' && e.params.type === 'null'))
  return telling[0] ?? errors[0]
}

/** A day written as a day ('2026-02-30', '9999-12-31') that the Day pattern still refused: a day that does not exist, or out of range. */
const dayShaped = (e: AjvError) => e.keyword === 'pattern' && e.schema === DAY_PATTERN && /^\d{4}-\d{2}-\d{2}$/.test(String(e.data))
const isThisCentury = (day: string) => day.startsWith('20')

function messageFor(e: AjvError, label: string): string {
  const limit = e.params.limit
  switch (e.keyword) {
    case 'required':
      return `请填写${label}`
    case 'type':
      return e.data === null ? `${label}不能为空，请填写` : `${label}的格式不对，请核对后重新填写`
    case 'minLength':
      return limit === 1 ? `请填写${label}` : `${label}至少需要${String(limit)}个字`
    case 'maxLength':
      return `${label}不能超过${String(limit)}个字`
    case 'minimum':
    case 'exclusiveMinimum':
      return `${label}太小了，请核对`
    case 'maximum':
    case 'exclusiveMaximum':
      return `${label}太大了，请核对`
    case 'enum':
    case 'const':
    case 'discriminator':
      return `${label}的选项无效，请重新选择`
    case 'minItems':
      return `${label}至少需要${String(limit)}项`
    case 'maxItems':
      return `${label}最多${String(limit)}项`
    case 'additionalProperties':
      return `${label}里有不认识的项目，请去掉后重新提交`
    case 'pattern':
      if (dayShaped(e)) return isThisCentury(String(e.data)) ? `没有这一天：${String(e.data)}，请核对${label}` : `${label}请选择2000年到2099年之间的日期`
      return `${label}的格式不对，请核对后重新填写`
    default:
      return `${label}的格式不对，请核对后重新填写`
  }
}

/**
 * One plain Chinese sentence for a request that failed its schema, naming the field by its schema
 * title, with the path of the offending field (for an unknown key, the key's own path) and a
 * stable code: DATE_INVALID for a day written as one that does not exist (as the domain's
 * parseCalendarDay says), INVALID_INPUT for everything else.
 */
export function validationError(errors: AjvError[], part = 'body'): { code: string; field: string; message: string } {
  const e = pickError(errors)
  const child = childKey(e)
  const field = fieldPath(e.instancePath, child)
  const own = child !== undefined && e.keyword !== 'additionalProperties' ? e.parentSchema?.properties?.[child]?.title : undefined
  const label = own ?? e.parentSchema?.title ?? FALLBACK_LABEL
  const code = dayShaped(e) ? 'DATE_INVALID' : 'INVALID_INPUT'
  return { code, field: field || `(${part})`, message: messageFor(e, label) }
}
