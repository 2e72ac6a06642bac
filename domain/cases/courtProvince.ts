/** A court's level (审级) and the province-level region it sits in, read from its court code. */
export interface CourtPlace {
  /** the 2-digit province-level code (GB/T 2260), '15' for 内蒙古自治区 */
  province: string
  provinceName: string
  /** 高级 (the abbreviation alone), 中级 or 专门 (2 digits), 基层 (4 digits) */
  level: 'high' | 'intermediate' | 'basic'
}

/**
 * The abbreviation a court code starts with (最高人民法院《关于人民法院案件案号的若干规定》) and its
 * province-level code and name (GB/T 2260). 贵 and 云 appear beside 黔 and 滇 in print. 兵 (the
 * 新疆生产建设兵团 courts) is left out: it is no province, and which province's wage figures its
 * courts use is for its own high court to say.
 */
const PROVINCES: Record<string, readonly [string, string]> = {
  京: ['11', '北京市'],
  津: ['12', '天津市'],
  冀: ['13', '河北省'],
  晋: ['14', '山西省'],
  内: ['15', '内蒙古自治区'],
  辽: ['21', '辽宁省'],
  吉: ['22', '吉林省'],
  黑: ['23', '黑龙江省'],
  沪: ['31', '上海市'],
  苏: ['32', '江苏省'],
  浙: ['33', '浙江省'],
  皖: ['34', '安徽省'],
  闽: ['35', '福建省'],
  赣: ['36', '江西省'],
  鲁: ['37', '山东省'],
  豫: ['41', '河南省'],
  鄂: ['42', '湖北省'],
  湘: ['43', '湖南省'],
  粤: ['44', '广东省'],
  桂: ['45', '广西壮族自治区'],
  琼: ['46', '海南省'],
  渝: ['50', '重庆市'],
  川: ['51', '四川省'],
  黔: ['52', '贵州省'],
  贵: ['52', '贵州省'],
  滇: ['53', '云南省'],
  云: ['53', '云南省'],
  藏: ['54', '西藏自治区'],
  陕: ['61', '陕西省'],
  甘: ['62', '甘肃省'],
  青: ['63', '青海省'],
  宁: ['64', '宁夏回族自治区'],
  新: ['65', '新疆维吾尔自治区'],
}

/**
 * Where a court sits and at which level, from its court code (法院代字): the province abbreviation
 * alone is the high court, with 2 digits an intermediate or specialised court (内07, 京73), with 4
 * digits a basic court (内0784). The province decides whose average wage sets the small-claims
 * threshold (《民事诉讼法》第一百六十五条: 各省、自治区、直辖市上年度就业人员年平均工资), and only
 * basic courts and their tribunals try small claims (same article: 基层人民法院和它派出的法庭).
 *
 * @param courtCode e.g. '内0784'
 * @returns the province's code and name and the level, or null for 最高法, 兵 courts or a code of
 *   another shape
 * @example
 * courtProvince('内0784') // { province: '15', provinceName: '内蒙古自治区', level: 'basic' }
 * courtProvince('内07') // { province: '15', provinceName: '内蒙古自治区', level: 'intermediate' }
 */
export function courtProvince(courtCode: string): CourtPlace | null {
  const m = typeof courtCode === 'string' ? /^([\u4e00-\u9fa5])(\d{2}|\d{4})?$/.exec(courtCode.trim()) : null
  const place = m ? PROVINCES[m[1]] : undefined
  if (!m || !place) return null
  const level = m[2] === undefined ? 'high' : m[2].length === 2 ? 'intermediate' : 'basic'
  return { province: place[0], provinceName: place[1], level }
}
