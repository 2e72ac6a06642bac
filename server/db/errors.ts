/**
 * True for a primary-key or unique violation on either engine — someone else took the slot,
 * the half-day or the number first. With `constraint`, only a violation of that one (PostgreSQL
 * names the constraint; SQLite names `table.column` in its message).
 */
export function isUniqueViolation(err: unknown, constraint?: { pg: string; sqlite: string }): boolean {
  const e = err as { code?: unknown; constraint?: string; message?: string } | null
  if (e?.code === '23505') return !constraint || e.constraint === constraint.pg
  if (e?.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY' && e?.code !== 'SQLITE_CONSTRAINT_UNIQUE') return false
  return !constraint || !!e.message?.includes(constraint.sqlite)
}
