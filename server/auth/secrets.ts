/** The secret `npm start` signs with when none is set; written in the source, so never good enough for production. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789'

/** Entropy the secret's characters show, as if each were drawn independently by their observed frequencies. */
function shannonBits(text: string): number {
  const counts = new Map<string, number>()
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let perChar = 0
  for (const n of counts.values()) perChar -= (n / text.length) * Math.log2(n / text.length)
  return perChar * text.length
}

/** True when the text is one shorter piece said again and again ('abcabcabc…'). */
function repeats(text: string): boolean {
  for (let unit = 1; unit <= text.length / 2; unit++) {
    if (text.length % unit === 0 && text.slice(0, unit).repeat(text.length / unit) === text) return true
  }
  return false
}

/** True when most neighbours are one step apart, as in a keyboard walk ('abcdef…', '123456…'). */
function walks(chars: string[]): boolean {
  let steps = 0
  for (let i = 1; i < chars.length; i++) if (Math.abs(chars[i].codePointAt(0)! - chars[i - 1].codePointAt(0)!) <= 1) steps++
  return steps > (chars.length - 1) / 2
}

/**
 * Why a signing secret is too weak for production, or null when it will do. A token signed with a
 * guessable secret lets anyone be anyone, so the bar is 32 random bytes' worth of text — e.g.
 * `openssl rand -base64 32` (44 characters) or `openssl rand -hex 32` (64): at least 32 characters,
 * at least 10 different ones, about 128 bits by their spread, not one short piece repeated, not a
 * run of neighbouring characters, and not the development value.
 *
 * @example weakSecretReason('x'.repeat(40)) // → 'uses only 1 different characters …'
 */
export function weakSecretReason(secret: string): string | null {
  if (secret.includes(DEV_JWT_SECRET) || DEV_JWT_SECRET.includes(secret)) return 'is the development value written in the source'
  const chars = [...secret]
  if (chars.length < 32) return `is ${chars.length} characters long; at least 32 are needed`
  const distinct = new Set(chars).size
  if (distinct < 10) return `uses only ${distinct} different characters; at least 10 are needed`
  if (repeats(secret)) return 'repeats one short piece'
  if (walks(chars)) return 'runs through neighbouring characters (abcd…, 1234…)'
  if (shannonBits(secret) < 128) return 'does not look random enough (under 128 bits)'
  return null
}
