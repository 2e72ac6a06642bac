import Taro from '@tarojs/taro'
import type {
  EnforcementExplainReply,
  EnforcementFiguresReply,
  EnforcementTrendReply,
  ExplainQuery,
  MetricsQuery,
  MetricsScopeReply,
  ReportBody,
  ReportView,
  ScorecardQuery,
  ScorecardsReply,
  TrialFiguresReply,
  TrialTrendReply,
} from '../../contract/metrics'
import { getSession } from '../stores/session'
import { apiBase, http } from './client'
import { ApiError } from './errors'

export type {
  BandView,
  EnforcementExplainReply,
  EnforcementFiguresReply,
  EnforcementTrendReply,
  ExplainCase,
  FigureView,
  MetricsQuery,
  MetricsScopeReply,
  ReportView,
  ScorecardsReply,
  SubsetView,
  TeamScorecard,
  TrialFiguresReply,
  TrialTrendReply,
} from '../../contract/metrics'

/** What POST /court/enforcement/supervision/remind answers (contract/enforcementViews RemindReply, the part shown). */
export interface RemindResult {
  teamName: string
  sentTo: Array<{ accountId: string; name: string }>
  text: string
}

const M = '/court/metrics'
const keyed = (key?: string) => ({ headers: key ? { 'Idempotency-Key': key } : {} })

/** 执行指挥中心: the court's figures, what is behind each, team scorecards and the monthly 通报. */
export const metricsApi = {
  scope: () => http.get<MetricsScopeReply>(`${M}/scope`).then((r) => r.data),
  enforcement: (q: MetricsQuery) => http.get<EnforcementFiguresReply>(`${M}/enforcement`, { params: q }).then((r) => r.data),
  enforcementTrend: (q: MetricsQuery) => http.get<EnforcementTrendReply>(`${M}/enforcement/trend`, { params: q }).then((r) => r.data),
  explain: (q: ExplainQuery) => http.get<EnforcementExplainReply>(`${M}/enforcement/explain`, { params: q }).then((r) => r.data),
  trial: (q: MetricsQuery) => http.get<TrialFiguresReply>(`${M}/trial`, { params: q }).then((r) => r.data),
  trialTrend: (q: MetricsQuery) => http.get<TrialTrendReply>(`${M}/trial/trend`, { params: q }).then((r) => r.data),
  scorecards: (q: ScorecardQuery) => http.get<ScorecardsReply>(`${M}/scorecards`, { params: q }).then((r) => r.data),
  reports: (courtId?: string) => http.get<ReportView[]>(`${M}/reports`, { params: courtId ? { courtId } : {} }).then((r) => r.data),
  report: (id: string) => http.get<ReportView>(`${M}/reports/${id}`).then((r) => r.data),
  generateReport: (body: ReportBody, key?: string) => http.post<ReportView>(`${M}/reports`, body, keyed(key)).then((r) => r.data),
  /** 督办: one reminder to every member of the team (the enforcement routes). */
  remind: (teamId: string, key?: string) => http.post<RemindResult>('/court/enforcement/supervision/remind', { teamId }, keyed(key)).then((r) => r.data),
}

/**
 * The scorecards as CSV, fetched with the bearer token (a plain link cannot carry it): a new tab
 * on H5 (the browser saves it), the share sheet in the mini-program (to a chat or 文件传输助手,
 * since the document viewer does not open CSV).
 */
export async function exportScorecards(q: ScorecardQuery): Promise<void> {
  const token = getSession().token
  const params = Object.entries(q)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  const res = await Taro.downloadFile({
    url: `${apiBase}${M}/scorecards.csv${params ? `?${params}` : ''}`,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  }).catch(() => {
    throw new ApiError('NETWORK', '网络不通，没有导出，请稍后再试', null)
  })
  if (res.statusCode !== 200) throw new ApiError(`HTTP_${res.statusCode}`, '没有导出，请稍后再试', res.statusCode)
  if (process.env.TARO_ENV === 'h5') {
    window.open(res.tempFilePath, '_blank')
    return
  }
  await Taro.shareFileMessage({ filePath: res.tempFilePath, fileName: '执行团队周评估.csv' })
}

/** Opens a generated 通报 in the phone's PDF viewer (the mini-program); H5 uses the download link itself. */
export async function openReportPdf(url: string): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new ApiError(`HTTP_${statusCode}`, '通报没有打开，请稍后再试', statusCode)
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
}
