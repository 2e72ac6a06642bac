/**
 * The services shown on the 服务大厅. Only services that work are listed, so an elderly
 * user never taps a tile that leads nowhere; each feature adds its tile when it ships.
 */
export interface ServiceTile {
  id: string
  title: string
  subtitle: string
  icon: string
  url: string
  needsSignIn: boolean
}

export const SERVICE_TILES: ServiceTile[] = []
