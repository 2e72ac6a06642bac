import { isUniqueViolation } from '../../../server/db/errors'

const key = { pg: 'filings_filing_number_key', sqlite: 'filings.filing_number' }

describe('isUniqueViolation', () => {
  it.each([
    ['PostgreSQL unique', { code: '23505', constraint: 'x' }, undefined, true],
    ['SQLite primary key', { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }, undefined, true],
    ['SQLite unique', { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: a.b' }, undefined, true],
    ['SQLite foreign key', { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }, undefined, false],
    ['PostgreSQL not-null', { code: '23502' }, undefined, false],
    ['not an error object', null, undefined, false],
    ['PostgreSQL, the named constraint', { code: '23505', constraint: 'filings_filing_number_key' }, key, true],
    ['PostgreSQL, another constraint', { code: '23505', constraint: 'filings_pkey' }, key, false],
    ['SQLite, the named column', { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: filings.filing_number' }, key, true],
    ['SQLite, another column', { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: filings.id' }, key, false],
  ])('%s', (_label, err, constraint, expected) => {
    expect(isUniqueViolation(err, constraint)).toBe(expected)
  })
})
