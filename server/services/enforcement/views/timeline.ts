import { enforcementNodeDeadlines, type NodeDeadline } from '../../../../domain/enforcement/enforcementNodeDeadlines'
import type { EnforcementCaseFacts } from '../../../../domain/enforcement/facts'
import type { EnforcementRules } from '../../../../domain/enforcement/rules'
import { ENFORCEMENT_NODE_NAMES, type EnforcementNodeKind } from '../../../../domain/enforcement/types'
import type { TimelineNode } from '../../../../contract/enforcement'
import type { NodeRow } from '../repository'
import { deadlineView, words } from './deadline'

/** What a recorded node says about which lead, measure, receipt or re-check it concerns. */
interface NodeDetail {
  targetId?: string
  document?: string
  /** the application itself (申请执行, 申请恢复执行): recorded as a 'filing' row, but not yet the court's 立案 */
  application?: boolean
}

const sameTarget = (d: NodeDeadline, row: NodeRow, detail: NodeDetail) =>
  d.node === row.kind && (d.target.kind === 'case' || (d.target.id !== undefined && d.target.id === detail.targetId))

/**
 * The case's timeline in plain words: each recorded step with its day and the deadline it met (or
 * missed), then each step still awaited with its deadline, in date order — what the applicant and
 * the team both see.
 */
export function timeline(facts: EnforcementCaseFacts, rows: NodeRow[], today: string, rules: EnforcementRules): TimelineNode[] {
  const deadlines = enforcementNodeDeadlines(facts, today, rules)
  const used = new Set<NodeDeadline>()
  const done: TimelineNode[] = rows.map((row) => {
    const detail = JSON.parse(row.detail_json) as NodeDetail
    // The application meets no deadline of its own: the 立案 clock it starts stays open until the court decides.
    const d = detail.application ? undefined : deadlines.find((x) => !used.has(x) && x.doneOn !== undefined && sameTarget(x, row, detail))
    if (d) used.add(d)
    return {
      node: row.kind as EnforcementNodeKind,
      name: detail.application ? '申请执行' : (ENFORCEMENT_NODE_NAMES[row.kind as EnforcementNodeKind] ?? '执行动态'),
      text: row.text,
      status: 'done',
      date: row.on_day,
      deadline: d ? deadlineView(d, today, d.doneOn) : null,
      late: d?.late ?? false,
      targetId: detail.targetId ?? null,
      document: detail.document ?? null,
    }
  })
  const waiting: TimelineNode[] = deadlines
    .filter((d) => !used.has(d) && d.doneOn === undefined)
    .map((d) => {
      const view = deadlineView(d, today)
      return {
        node: d.node,
        name: ENFORCEMENT_NODE_NAMES[d.node],
        text: `${d.name}：应当在${words(d.due)}前完成${view.overdue ? '，已经超期' : ''}`,
        status: view.overdue ? 'overdue' : 'pending',
        date: null,
        deadline: view,
        late: false,
        targetId: d.target.id ?? null,
        document: null,
      }
    })
  const key = (n: TimelineNode) => n.date ?? n.deadline?.due ?? '9999-12-31'
  return [...done, ...waiting.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))]
}
