import SQLite from 'better-sqlite3'
import { withStatementCache } from '../../../server/db/connect'

function database() {
  const sqlite = new SQLite(':memory:')
  sqlite.exec("create table t (id integer primary key, name text); insert into t values (1, 'a'), (2, 'b'), (3, 'c')")
  const prepare = jest.spyOn(sqlite, 'prepare')
  return { sqlite, prepare }
}

describe('withStatementCache (SQLite)', () => {
  it('prepares each SQL text once and binds fresh parameters on every run', () => {
    const { sqlite, prepare } = database()
    const db = withStatementCache(sqlite)
    const byId = (id: number) => db.prepare('select name from t where id = ?').all([id])
    expect([byId(1), byId(2), byId(3), byId(4)]).toEqual([[{ name: 'a' }], [{ name: 'b' }], [{ name: 'c' }], []])
    expect(db.prepare('update t set name = ? where id = ?').run(['z', 2]).changes).toBe(1)
    expect(byId(2)).toEqual([{ name: 'z' }])
    expect(prepare).toHaveBeenCalledTimes(2)
    db.close()
    expect(sqlite.open).toBe(false)
  })

  it('gives a caller its own statement while the cached one is still being iterated', () => {
    const { sqlite } = database()
    const db = withStatementCache(sqlite)
    const sql = 'select id from t where id >= ? order by id'
    const seen: number[][] = []
    for (const row of db.prepare(sql).iterate([1]) as IterableIterator<{ id: number }>) {
      seen.push((db.prepare(sql).all([row.id]) as Array<{ id: number }>).map((r) => r.id))
    }
    expect(seen).toEqual([[1, 2, 3], [2, 3], [3]])
  })

  it('keeps at most `max` statements, dropping the oldest', () => {
    const { sqlite, prepare } = database()
    const db = withStatementCache(sqlite, 2)
    for (const sql of ['select 1', 'select 2', 'select 1', 'select 3', 'select 2', 'select 1']) db.prepare(sql)
    // select 1, select 2 cached; select 1 hit; select 3 evicts select 1; select 2 hit; select 1 again evicts select 2.
    expect(prepare.mock.calls.map((c) => c[0])).toEqual(['select 1', 'select 2', 'select 3', 'select 1'])
  })
})
