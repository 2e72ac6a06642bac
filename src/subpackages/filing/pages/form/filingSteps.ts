import type { FilingData } from '@domain/filing/types'
import type { FileInfo } from '../../../../api/filings'

/** The numbered steps of a filing, and the fields (as the domain names them in its problems) each one asks for. */
export const STEPS = [
  { title: '当事人', fields: ['parties', 'agent'] },
  { title: '请求和事实', fields: ['cause', 'claims', 'facts', 'procedure', 'smallClaims', 'farm'] },
  { title: '证据', fields: ['evidence'] },
  { title: '送达地址', fields: ['service'] },
  { title: '核对并提交', fields: ['declaration', 'feeRelief', 'courtId', 'targetCourtId'] },
]

/** The step that asks for a field: 'parties[1].address' → 0; an unknown field → the first step. */
export const stepOf = (field: string): number =>
  Math.max(
    0,
    STEPS.findIndex((s) => s.fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`))),
  )

/** Uploaded files by id, so a step can show names of files uploaded earlier or on another phone. */
export interface FileBook {
  list: (ids: string[]) => FileInfo[]
  remember: (files: FileInfo[]) => void
}

/** What every step gets: the draft, a way to change it (kept at once, sent shortly after), and the red text of a field. */
export interface StepProps {
  data: FilingData
  update: (mutate: (d: FilingData) => FilingData) => void
  errorAt: (field: string) => string | null
  files: FileBook
}
