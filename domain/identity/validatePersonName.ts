/**
 * A person's name as on the resident ID card: 2–30 Chinese characters, with the middle dot of
 * minority and transliterated names (阿依古丽·买买提) and Latin letters for foreign residents.
 * Real-name identity (在线诉讼规则 art. 7) starts from the name matching the card.
 *
 * @param name the name as typed (surrounding spaces ignored)
 * @returns `{ ok: true }` or `{ ok: false, reason }` in plain Chinese
 * @example validatePersonName('张桂兰') // { ok: true }
 */
export function validatePersonName(name: string): { ok: boolean; reason?: string } {
  const s = name.trim()
  if (!s) return { ok: false, reason: '请填写姓名' }
  if (!/^[\u4e00-\u9fa5·A-Za-z]{2,30}$/.test(s)) return { ok: false, reason: '姓名请填写身份证上的名字' }
  return { ok: true }
}
