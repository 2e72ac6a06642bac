import type { Role } from './api/types'
import type { IconName } from './components/Icon/Icon'

/**
 * The services shown on the 服务大厅. Only services that work are listed, so an elderly
 * user never taps a tile that leads nowhere; each feature adds its tile when it ships.
 */
export interface ServiceTile {
  id: string
  title: string
  subtitle: string
  /** A lucide icon (ops/iconMap.ts); the title beside it says what the tile is. */
  icon: IconName
  url: string
  needsSignIn: boolean
  /** Shown only to these roles when set (staff work such as 立案审查); everyone otherwise. */
  roles?: Role[]
}

export const SERVICE_TILES: ServiceTile[] = [
  {
    id: 'filing',
    title: '网上立案',
    subtitle: '在手机上起诉、申请',
    icon: 'file-pen-line',
    url: '/subpackages/filing/pages/start/index',
    needsSignIn: true,
    roles: ['litigant', 'agent'],
  },
  { id: 'mediation', title: '在线调解', subtitle: '约时间调解、签协议', icon: 'handshake', url: '/subpackages/mediation/pages/index/index', needsSignIn: true },
  {
    id: 'review',
    title: '立案审查',
    subtitle: '7日内审查立案申请',
    icon: 'scale',
    url: '/subpackages/judge/pages/queue/index',
    needsSignIn: true,
    roles: ['judge', 'clerk', 'admin'],
  },
  {
    id: 'hearing-choose',
    title: '选择开庭日期',
    subtitle: '避开农忙，选方便的一天',
    icon: 'calendar-check',
    url: '/subpackages/hearing/pages/requests/index',
    needsSignIn: true,
    roles: ['litigant', 'agent'],
  },
  {
    id: 'hearing',
    title: '开庭排期',
    subtitle: '请当事人选日期、发传票',
    icon: 'landmark',
    url: '/subpackages/judge/pages/hearing/index',
    needsSignIn: true,
    roles: ['judge', 'clerk'],
  },
  {
    id: 'farm-calendar',
    title: '农忙日历',
    subtitle: '按年调整各地农忙期',
    icon: 'wheat',
    url: '/subpackages/admin/pages/farm-calendar/index',
    needsSignIn: true,
    roles: ['admin'],
  },
  {
    id: 'average-wages',
    title: '年平均工资',
    subtitle: '小额诉讼的标准，每年录入',
    icon: 'chart-column',
    url: '/subpackages/admin/pages/average-wages/index',
    needsSignIn: true,
    roles: ['admin'],
  },
  {
    id: 'service',
    title: '电子送达',
    subtitle: '发文书、看签收',
    icon: 'send',
    url: '/subpackages/judge/pages/service/index',
    needsSignIn: true,
    roles: ['judge', 'clerk', 'admin'],
  },
  {
    id: 'identity-review',
    title: '实名核验',
    subtitle: '核对当事人身份证照片',
    icon: 'id-card',
    url: '/subpackages/judge/pages/identity/queue/index',
    needsSignIn: true,
    roles: ['judge', 'clerk', 'admin'],
  },
  {
    id: 'enforcement',
    title: '申请执行',
    subtitle: '对方不履行判决，申请强制执行',
    icon: 'gavel',
    url: '/subpackages/enforcement/pages/index/index',
    needsSignIn: true,
    roles: ['litigant', 'agent'],
  },
  {
    id: 'execution',
    title: '执行办案',
    subtitle: '执行立案、团队办案、督办',
    icon: 'shield-check',
    url: '/subpackages/execution/pages/queue/index',
    needsSignIn: true,
    roles: ['judge', 'clerk', 'admin'],
  },
  {
    id: 'command',
    title: '执行指挥中心',
    subtitle: '执结率等指标、背后的案件',
    icon: 'chart-column',
    url: '/subpackages/command/pages/dashboard/index',
    needsSignIn: true,
    roles: ['judge', 'clerk', 'admin'],
  },
  { id: 'fee', title: '诉讼费计算', subtitle: '打官司要交多少钱', icon: 'calculator', url: '/subpackages/tools/pages/fee/index', needsSignIn: false },
  {
    id: 'deadline',
    title: '期限计算',
    subtitle: '上诉、答辩截止哪天',
    icon: 'calendar-clock',
    url: '/subpackages/tools/pages/deadline/index',
    needsSignIn: false,
  },
]
