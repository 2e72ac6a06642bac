/**
 * The order of every enforcement queue (立案 applications, the team's tasks, the 督办 list): 涉农
 * cases first (the green channel), then the earliest due day, items without one last, then by id
 * so the order is stable. For `Array.prototype.sort`.
 *
 * @param a an item: `agricultural`, `due` 'YYYY-MM-DD', `id`
 * @param b another item
 * @returns negative when `a` comes first
 * @example
 * [{ id: 'a', due: '2026-03-01' }, { id: 'b', due: '2026-04-01', agricultural: true }].sort(compareEnforcementQueue).map((x) => x.id) // ['b', 'a']
 */
export function compareEnforcementQueue(
  a: { agricultural?: boolean; due?: string; id: string },
  b: { agricultural?: boolean; due?: string; id: string },
): number {
  if (!!a.agricultural !== !!b.agricultural) return a.agricultural ? -1 : 1
  if (a.due !== b.due) {
    if (a.due === undefined) return 1
    if (b.due === undefined) return -1
    return a.due < b.due ? -1 : 1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
