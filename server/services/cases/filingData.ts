import { Compile } from 'typebox/compile'
import type { FilingData } from '../../../domain/filing/types'
import { FilingData as FilingDataSchema } from '../../../contract/filings'

const filingData = Compile(FilingDataSchema)

/**
 * The stored filing, read back through the same schema that admitted it: a row that no longer
 * fits (a hand edit, a migration gone wrong) stops here with the first misfit named, instead of
 * reaching the rules as something it is not.
 */
export function readFilingData(json: string): FilingData {
  const value: unknown = JSON.parse(json)
  if (!filingData.Check(value)) {
    const first = filingData.Errors(value)[0]
    throw new Error(`stored filing data does not fit its schema at ${first?.instancePath || '/'}: ${first?.message ?? 'unknown'}`)
  }
  return value
}
