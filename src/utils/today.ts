/** Today's calendar day in Asia/Shanghai, whatever the phone's time zone: court days are Beijing days. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
