import { DomainError } from '../errors'

/**
 * One exact text for a JSON value, so the same event always hashes the same: object keys sorted
 * by code unit, no whitespace, strings escaped as JSON.stringify does, keys whose value is
 * undefined left out (as JSON would). The receipt chain of 电子送达 hashes this text; anyone can
 * recompute it from the stored events (在线诉讼规则 art. 31: every step recorded).
 *
 * @param value a JSON value: null, boolean, finite number, string, array, plain object
 * @throws DomainError 'CANONICAL_JSON_INVALID' for NaN, Infinity, functions, symbols, bigint
 * @example canonicalJson({ b: 1, a: [true, null, 'x'] }) // '{"a":[true,null,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new DomainError('CANONICAL_JSON_INVALID', '数据里有无法记录的数字', 'value')
      return JSON.stringify(value)
    case 'string':
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
      const obj = value as Record<string, unknown>
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort()
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`
    }
    default:
      throw new DomainError('CANONICAL_JSON_INVALID', '数据里有无法记录的内容', 'value')
  }
}
