import type { Actor } from '../../../server/auth/actor'
import { migrateToLatest } from '../../../server/db/migrate'
import { AppError } from '../../../server/errors'
import { seedCourts } from '../../../server/seed/courts'
import { resolveMetricsScope } from '../../../server/services/metrics/metricsScope'
import { freshStore } from '../helpers'

const staff = (role: Actor['role'], courtId: string | null): Actor => ({ sub: 'u-1', role, courtId })

describe('resolveMetricsScope: whose figures a staff member may look at', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    store = await freshStore()
    await migrateToLatest(store.db, store.pgSchema)
    await seedCourts(store.db)
  }, 120_000)
  afterAll(() => store.drop())

  const ask = (actor: Actor, courtId?: string, scope?: 'court' | 'area' | 'basic') =>
    resolveMetricsScope(store.db, actor, { courtId, scope }).then(
      (s) => ({ court: s.court.id, level: s.level, scope: s.scope, courts: s.courts.map((c) => c.id) }),
      (e: AppError) => ({ status: e.status, code: e.code }),
    )

  it.each([
    [
      'a basic court judge, own court',
      staff('judge', 'c-ergun'),
      undefined,
      undefined,
      { court: 'c-ergun', level: 'basic', scope: 'court', courts: ['c-ergun'] },
    ],
    [
      'an intermediate court clerk, default area',
      staff('clerk', 'c-hulunbuir'),
      undefined,
      undefined,
      { court: 'c-hulunbuir', level: 'intermediate', scope: 'area', courts: ['c-hulunbuir', 'c-ergun'] },
    ],
    [
      'an intermediate court, its basic courts only',
      staff('judge', 'c-hulunbuir'),
      undefined,
      'basic',
      { court: 'c-hulunbuir', level: 'intermediate', scope: 'basic', courts: ['c-ergun'] },
    ],
    [
      'an intermediate court looks at a basic court under it',
      staff('admin', 'c-hulunbuir'),
      'c-ergun',
      undefined,
      { court: 'c-ergun', level: 'basic', scope: 'court', courts: ['c-ergun'] },
    ],
    ['a basic court cannot look up to its intermediate court', staff('judge', 'c-ergun'), 'c-hulunbuir', undefined, { status: 403, code: 'FORBIDDEN' }],
    ['a court under another intermediate court', staff('judge', 'c-hulunbuir'), 'c-dongsheng', undefined, { status: 403, code: 'FORBIDDEN' }],
    ['a basic court asking for an area', staff('judge', 'c-ergun'), undefined, 'area', { status: 400, code: 'SCOPE_NOT_AVAILABLE' }],
    ['an unknown court', staff('judge', 'c-ergun'), 'c-nowhere', undefined, { status: 404, code: 'COURT_NOT_FOUND' }],
    ['a litigant', staff('litigant', null), undefined, undefined, { status: 403, code: 'FORBIDDEN' }],
    ['a mediator', staff('mediator', 'c-ergun'), undefined, undefined, { status: 403, code: 'FORBIDDEN' }],
  ] as const)('%s', async (_label, actor, courtId, scope, expected) => {
    await expect(ask(actor, courtId, scope)).resolves.toEqual(expected)
  })
})
