import { ICON_BODIES, type IconName } from './icons.generated'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Base64 of an ASCII string. The mini-program's script engine has no `btoa`, and WeChat's `<image>`
 * shows an SVG data URI reliably only base64-encoded (a percent-encoded one fails on some Android
 * clients), so the app encodes its few icons itself.
 */
export function asciiBase64(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i)
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63]
    out += Number.isNaN(b) ? '=' : ALPHABET[(n >> 6) & 63]
    out += Number.isNaN(c) ? '=' : ALPHABET[n & 63]
  }
  return out
}

/** A hex colour (#rgb, #rrggbb); anything else is drawn in the text colour of the app. */
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
export const DEFAULT_ICON_COLOR = '#333333'

const cache = new Map<string, string>()

/**
 * The icon as a `data:image/svg+xml;base64,…` URI, stroked in `color`. An image cannot inherit the
 * text colour (lucide's `currentColor`), so the colour is written into the SVG.
 */
export function iconDataUri(name: IconName, color: string = DEFAULT_ICON_COLOR): string {
  const stroke = HEX.test(color) ? color : DEFAULT_ICON_COLOR
  const key = `${name}${stroke}`
  let uri = cache.get(key)
  if (!uri) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${stroke}" ` +
      `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICON_BODIES[name]}</svg>`
    uri = `data:image/svg+xml;base64,${asciiBase64(svg)}`
    cache.set(key, uri)
  }
  return uri
}
