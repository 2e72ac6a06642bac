import { useRef, useState } from 'react'
import { executionApi, type EnforcementCaseView, type NodeBody, type TeamView, type TerminationCheckView } from '../../../../api/enforcement'
import { newIdempotencyKey } from '../../../../api/request'
import { useEnforcementCase } from '../../../enforcement/useEnforcementCase'

/**
 * The court's view of one case and what the page does with it: 立案 or refuse, assign a team, record
 * a node, check the 终本 list, close, record a re-check. After a refused 终本 the checklist is read
 * again, so each missing item shows in Chinese where the closing is done.
 */
export function useCaseWork(id: string) {
  const base = useEnforcementCase(() => executionApi.get(id))
  const [teams, setTeams] = useState<TeamView[] | null>(null)
  const [check, setCheck] = useState<TerminationCheckView | null>(null)

  const teamsAsked = useRef(false)
  // Asked once per visit, whenever a section first needs them.
  const loadTeams = () => {
    if (teamsAsked.current) return
    teamsAsked.current = true
    executionApi.teams().then(setTeams, () => setTeams([]))
  }
  const loadCheck = () => executionApi.terminationCheck(id).then(setCheck, () => setCheck(null))

  // One key per node form shown: a retry after a dropped signal records the node once.
  const record = (body: NodeBody, done: string) => {
    const key = newIdempotencyKey()
    return base
      .act(() => executionApi.record(id, body, key), done)
      .then((ok) => {
        if (ok && check) void loadCheck()
        return ok
      })
  }
  const close = async (run: () => Promise<EnforcementCaseView>, done: string) => {
    const ok = await base.act(run, done)
    if (!ok) await loadCheck()
    return ok
  }
  return { ...base, teams, loadTeams, check, loadCheck, record, close }
}

export type CaseWork = ReturnType<typeof useCaseWork>
export type Section = CaseWork & { c: EnforcementCaseView }
