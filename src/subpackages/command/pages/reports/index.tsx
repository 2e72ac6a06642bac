import { Button, Picker, Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { addMonths } from '@domain/dates/addMonths'
import { apiBase } from '../../../../api/client'
import { toApiError } from '../../../../api/errors'
import { metricsApi, openReportPdf, type MetricsScopeReply, type ReportView } from '../../../../api/metrics'
import { formatInstant } from '../../../../api/service'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import '../../../../styles/choices.scss'
import '../../command.scss'

/** The month before the one `today` is in: the month a report is usually made for. */
const lastMonth = (today: string) => addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7)

const SCOPE_TEXT: Record<ReportView['scope'], string> = { area: '两级法院', court: '本院', basic: '基层法院合计' }

/** The report's signed link is a path on the API's host: the host the app talks to. */
const absolute = (url: string) => `${apiBase.replace(/\/api\/v1$/, '')}${url}`

/**
 * 《执行指挥中心监管通报》: the court's monthly reports, kept with their signed hash, and a new one
 * for any month. Opening one asks the server for a fresh five-minute link each time.
 */
export default function Reports() {
  const { params } = useRouter()
  const [scope, setScope] = useState<MetricsScopeReply | null>(null)
  const [reports, setReports] = useState<ReportView[] | null>(null)
  const [month, setMonth] = useState('')
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState<ReportView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const courtId = params.courtId || scope?.court.id

  const list = (id?: string) => metricsApi.reports(id).then(setReports, (e) => setError(toApiError(e).message))
  useDidShow(() => {
    if (scope) return void list(courtId)
    metricsApi.scope().then(
      (s) => {
        setScope(s)
        setMonth(lastMonth(s.today))
        void list(params.courtId || s.court.id)
      },
      (e) => setError(toApiError(e).message),
    )
  })

  const generate = async () => {
    if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(month)) {
      setError('请填写月份，例如 2021-10')
      return
    }
    setBusy(true)
    setError(null)
    setMade(null)
    try {
      const scopeKind = params.scope === 'court' || params.scope === 'area' || params.scope === 'basic' ? params.scope : undefined
      const r = await metricsApi.generateReport({ month, ...(courtId ? { courtId } : {}), ...(scopeKind ? { scope: scopeKind } : {}) })
      setMade(r)
      await list(courtId)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const open = async (r: ReportView) => {
    try {
      const fresh = r.url ? r : await metricsApi.report(r.id)
      if (!fresh.url) throw new Error('no link')
      if (process.env.TARO_ENV === 'h5') window.open(absolute(fresh.url), '_blank')
      else await openReportPdf(absolute(fresh.url))
    } catch (e) {
      setError(toApiError(e).message)
    }
  }

  return (
    <PageShell testId='command-reports'>
      <Text className='title'>执行指挥中心监管通报</Text>
      {error ? <View className='banner banner--error'>{error}</View> : null}
      <View className='card'>
        <Text className='section-title'>生成一个月的通报</Text>
        <Field name='month' label='月份（年-月）' value={month} onInput={setMonth} maxlength={7} placeholder='例如 2021-10' />
        <Picker
          mode='date'
          fields='month'
          value={`${/^\d{4}-\d{2}$/.test(month) ? month : '2021-10'}-01`}
          start='2000-01-01'
          end='2100-12-31'
          onChange={(e) => setMonth(String(e.detail.value).slice(0, 7))}
        >
          <View className='date-field__pick' id='month-pick'>
            <Text>选月份</Text>
          </View>
        </Picker>
        <Text className='muted'>通报写明当年1月1日至该月最后一天的各项指标、每月走势、督办事项和涉农涉企涉党政机关案件，生成后留存并签名。</Text>
        <Button className='btn btn--primary' id='report-generate' disabled={busy} loading={busy} onClick={() => void generate()}>
          {busy ? '正在生成，案件多时约需一分钟……' : '生成通报'}
        </Button>
      </View>
      {made ? (
        <View className='banner banner--ok' id='report-made'>
          已生成《{made.title}》
          <Button className='btn btn--primary' id='report-open-new' onClick={() => void open(made)}>
            打开通报
          </Button>
        </View>
      ) : null}
      {reports === null && !error ? <View className='skeleton' /> : null}
      {reports ? (
        <View className='card' id='report-list'>
          <Text className='section-title'>已留存的通报</Text>
          {reports.length === 0 ? <Text className='muted'>还没有生成过通报。</Text> : null}
          {reports.map((r) => (
            <View key={r.id} className='row-link' id={`report-${r.id}`} role='link' onClick={() => void open(r)}>
              <Text className='row-link__title'>{r.title}</Text>
              <Text>
                {SCOPE_TEXT[r.scope]}，指标期间{r.from}至{r.to}
              </Text>
              <Text className='muted'>
                {formatInstant(r.createdAt)}生成，{Math.max(1, Math.round(r.size / 1024))} KB，已签名留存
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
