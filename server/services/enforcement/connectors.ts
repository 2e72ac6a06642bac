/**
 * Where 网络查控 results come from. The national 总对总 system (and a court's 点对点 links) sit
 * outside this application: a connector is the seam for them. Until one is wired in, staff type the
 * results in by hand ('manual'), and the results are recorded the same way either way.
 */
export interface OnlineSearchConnector {
  id: string
  /** as staff see it */
  name: string
  /** results are typed in by staff rather than fetched */
  manual: boolean
}

/** Manual entry: staff copy the results of the 总对总 system into the case. */
export const manualConnector: OnlineSearchConnector = { id: 'manual', name: '人工录入（总对总查控结果）', manual: true }
