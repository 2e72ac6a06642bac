import type { Role } from '../../src/api/types'
import { SERVICE_TILES, type ServiceTile } from '../../src/services'

/**
 * The 服务大厅 tiles a role should see: tiles limited to some roles show only to them, the rest
 * to everyone; a visitor (not signed in) sees what a litigant sees. `roles` is read loosely so
 * this also holds for a tile list without role limits.
 */
export function tilesFor(role: Role): ServiceTile[] {
  return SERVICE_TILES.filter((tile) => {
    const roles = (tile as ServiceTile & { roles?: readonly Role[] }).roles
    return !roles || roles.includes(role)
  })
}
