import type { SupervisionReply } from '../../../../contract/enforcementViews'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/schema'

/** What the scorecards and the monthly report read: the database, the day, and the court's 督办 list. */
export interface MetricsReadDeps {
  db: Kysely<Database>
  /** today in Asia/Shanghai */
  today: () => string
  /**
   * The 督办 list of one court as its 执行指挥中心 sees it (the enforcement supervision use case),
   * asked on behalf of `askerId` once the metrics scope has admitted them to that court.
   */
  supervisionOf: (courtId: string, askerId: string) => Promise<SupervisionReply>
}
