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

export const SERVICE_TILES: ServiceTile[] = [
  { id: 'fee', title: '诉讼费计算', subtitle: '打官司要交多少钱', icon: '¥', url: '/subpackages/tools/pages/fee/index', needsSignIn: false },
  { id: 'deadline', title: '期限计算', subtitle: '上诉、答辩截止哪天', icon: '📅', url: '/subpackages/tools/pages/deadline/index', needsSignIn: false },
]
