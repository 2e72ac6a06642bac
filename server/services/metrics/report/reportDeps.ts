import type { Clock } from '../../../clock'
import type { Transact } from '../../../db/query'
import type { KeyRing } from '../../../signing'
import type { ObjectStore } from '../../storage/objectStore'
import type { MetricsReadDeps } from '../scorecard/scorecardDeps'
import type { ReportLinks } from './reportLinks'

/** What the report use cases are handed. */
export interface ReportDeps extends MetricsReadDeps {
  transact: Transact
  clock: Clock
  /** the evidence store (local disk or S3): a report is a file like any other, under its hash */
  objects: ObjectStore
  /** where the PDF is written before the store takes it (`<uploadDir>/tmp`) */
  tmpDir: string
  /** the server's Ed25519 key ring (server/signing.ts: from the environment, never the database) */
  keys: KeyRing
  links: ReportLinks
  /** REPORT_CJK_FONT / REPORT_CJK_FONT_FAMILY (findCjkFont) */
  env: Record<string, string | undefined>
}

/** The text a report's signature covers (contract ReportView.signature). */
export const reportStatement = (r: { id: string; courtId: string; month: string; sha256: string }) =>
  `metrics-report\n${r.id}\n${r.courtId}\n${r.month}\n${r.sha256}`
