/** A court of the 鄂尔多斯 area as the synthetic year uses it. */
export interface OrdosCourt {
  id: string
  /** 法院代字 in case numbers */
  code: string
  name: string
  /** share of the area's enforcement cases, roughly by population and economy */
  share: number
}

/**
 * 鄂尔多斯市中级人民法院 and the basic courts of its area: 东胜区, 康巴什区 and the seven 旗. The
 * intermediate court and 东胜区 are the ones server/seed/courts.ts already serves (c-ordos 内06,
 * c-dongsheng 内0602); the others follow the same id scheme and the 法院代字 rule (province + the
 * last four digits of the area's administrative code: 150603 康巴什区 → 内0603, 150621 达拉特旗 →
 * 内0621 … 150627 伊金霍洛旗 → 内0627) and must be added to the courts table before their cases are
 * stored. The shares are a plausible spread (the coal counties 准格尔 and 伊金霍洛 and the city
 * districts carry most cases), not the court's statistics.
 */
export const ORDOS_COURTS: readonly OrdosCourt[] = [
  { id: 'c-ordos', code: '内06', name: '鄂尔多斯市中级人民法院', share: 0.05 },
  { id: 'c-dongsheng', code: '内0602', name: '鄂尔多斯市东胜区人民法院', share: 0.22 },
  { id: 'c-kangbashi', code: '内0603', name: '鄂尔多斯市康巴什区人民法院', share: 0.06 },
  { id: 'c-dalad', code: '内0621', name: '达拉特旗人民法院', share: 0.11 },
  { id: 'c-jungar', code: '内0622', name: '准格尔旗人民法院', share: 0.17 },
  { id: 'c-otog-front', code: '内0623', name: '鄂托克前旗人民法院', share: 0.04 },
  { id: 'c-otog', code: '内0624', name: '鄂托克旗人民法院', share: 0.08 },
  { id: 'c-hanggin', code: '内0625', name: '杭锦旗人民法院', share: 0.05 },
  { id: 'c-uxin', code: '内0626', name: '乌审旗人民法院', share: 0.07 },
  { id: 'c-ejin-horo', code: '内0627', name: '伊金霍洛旗人民法院', share: 0.15 },
]
