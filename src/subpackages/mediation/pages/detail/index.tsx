import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { formatChineseDate, formatYuan } from '@domain'
import { toApiError } from '../../../../api/errors'
import { staffApi } from '../../../../api/filings'
import { mediationApi, type MediationView } from '../../../../api/mediation'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { Check } from '../../components/Check'
import { ConsentForm, EMPTY_CONSENT, type ConsentValue } from '../../components/ConsentForm'
import { HISTORY_LABEL, OUTCOME_LABEL, STAGE_LABEL, STATUS_TONE } from '../../labels'
import './index.scss'

type Result = 'agreement' | 'no-agreement' | 'withdrawn'
const RESULT_TEXT: Record<Result, { title: string; placeholder: string }> = {
  agreement: { title: '达成调解协议', placeholder: '写明协议内容：谁在什么时候、以什么方式给付什么，例如“王建国于2026年12月31日前向张桂兰支付小麦款80000元”' },
  'no-agreement': { title: '没有达成协议', placeholder: '写明调解不成的原因，例如“双方对货款数额分歧较大”' },
  withdrawn: { title: '当事人撤回', placeholder: '说明（选填），例如“双方已自行和解”' },
}

const time = (iso: string | null) => (iso ? `${formatChineseDate(iso.slice(0, 10))} ${iso.slice(11, 16)}` : '')

/** One mediation, with exactly the steps the person in front of it can take now. */
export default function MediationDetail() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [m, setM] = useState<MediationView | null>(null)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [consent, setConsent] = useState<ConsentValue>(EMPTY_CONSENT)
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [outcomeText, setOutcomeText] = useState('')
  const [leaving, setLeaving] = useState(false)
  const [declaration, setDeclaration] = useState(false)
  const [colleagues, setColleagues] = useState<Array<{ id: string; role: string; displayName: string }>>([])
  const [assignee, setAssignee] = useState('')

  const load = () =>
    mediationApi.get(id).then(
      (v) => {
        setM(v)
        if (v.actions.includes('assign') && colleagues.length === 0)
          staffApi.colleagues().then(
            (c) => setColleagues(c.filter((x) => x.role === 'mediator' || x.role === 'judge')),
            () => undefined,
          )
      },
      (e) => setError({ message: toApiError(e).message }),
    )
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => void Taro.stopPullDownRefresh())
  })

  const act = async (what: () => Promise<MediationView>, done: string) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setM(await what())
      setNotice(done)
      setDeclining(false)
      setLeaving(false)
      setResult(null)
    } catch (e) {
      const err = toApiError(e)
      setError({ message: err.message, field: err.field })
    } finally {
      setBusy(false)
    }
  }

  const openVideo = (url: string) => {
    // The development placeholder lives inside the app; a real provider's link is copied to open outside.
    if (url.startsWith('/#/')) void Taro.navigateTo({ url: url.slice(2) })
    else void Taro.setClipboardData({ data: url })
  }

  const toFiling = async () => {
    setBusy(true)
    try {
      const { filingId } = await mediationApi.toFiling(id)
      void Taro.navigateTo({ url: `/subpackages/filing/pages/form/index?id=${filingId}` })
    } catch (e) {
      setError({ message: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  if (!m) {
    return (
      <PageShell testId='mediation-detail'>
        {error ? <View className='banner banner--error'>{error.message}</View> : <View className='card muted'>正在加载…</View>}
      </PageShell>
    )
  }

  const can = (a: MediationView['actions'][number]) => m.actions.includes(a)
  const me = m.parties.find((p) => p.me)
  const other = m.parties.find((p) => !p.me && m.viewer.kind === 'party')
  const fieldError = (f: string) => (error?.field === f ? error.message : null)

  return (
    <PageShell testId='mediation-detail'>
      <Text className='title'>{m.parties.map((p) => p.name).join(' 与 ')}</Text>
      <View>
        <Text className={`m-chip m-chip--${STATUS_TONE[m.status]}`} id='mediation-status'>
          {m.statusText}
        </Text>
        <Text className='m-chip m-chip--grey'>{STAGE_LABEL[m.stage]}</Text>
      </View>
      <View className='muted'>调解编号 {m.number}</View>
      {notice ? (
        <View className='banner banner--ok' id='mediation-notice'>
          {notice}
        </View>
      ) : null}
      {error && !error.field ? (
        <View className='banner banner--error' id='mediation-error'>
          {error.message}
        </View>
      ) : null}

      {m.booking ? (
        <View className='card' id='session'>
          <Text className='field__label'>调解时间</Text>
          <Text className='m-item__title' id='session-time'>
            {m.booking.label}
          </Text>
          <Text style={{ display: 'block' }}>
            {m.booking.venue.kind === 'online' ? '📹 手机视频调解' : `🏛 ${m.booking.venue.roomName ?? ''}（${m.booking.venue.address ?? ''}）`}
          </Text>
          {m.booking.waitingFor.length > 0 ? (
            <Text className='m-deadline' style={{ display: 'block' }} id='waiting-for'>
              等待 {m.booking.waitingFor.join('、')} 同意这个时间
            </Text>
          ) : (
            <Text className='m-chip m-chip--green'>各方都已确认</Text>
          )}
          {m.booking.venue.videoUrl && m.status === 'confirmed' ? (
            <Button className='btn' id='open-video' onClick={() => openVideo(m.booking!.venue.videoUrl!)}>
              进入视频调解
            </Button>
          ) : null}
        </View>
      ) : null}

      {m.viewer.kind === 'party' && m.viewer.needsConsent && can('accept') ? (
        <ConsentForm value={consent} onChange={setConsent} errors={error?.field ? { [error.field]: error.message } : {}} />
      ) : null}
      {can('accept') ? (
        <Button
          className='btn btn--primary'
          id='accept-time'
          disabled={busy}
          onClick={() => void act(() => mediationApi.accept(id, m.viewer.needsConsent ? consent : {}), '已同意调解时间，等调解员确认后会通知您')}
        >
          {m.viewer.needsConsent ? '同意调解，接受这个时间' : '同意这个时间'}
        </Button>
      ) : null}
      {can('confirm') ? (
        <Button
          className='btn btn--primary'
          id='confirm-mediation'
          disabled={busy}
          onClick={() => void act(() => mediationApi.confirm(id), '已确认，已通知双方当事人')}
        >
          确认接受调解和这个时间
        </Button>
      ) : null}
      {can('book') ? (
        <Button className='btn' id='open-book' onClick={() => void Taro.navigateTo({ url: `/subpackages/mediation/pages/book/index?id=${id}` })}>
          {m.booking ? '换一个时间' : '选择调解时间'}
        </Button>
      ) : null}

      {m.confirmation && m.viewer.kind !== 'party' && m.confirmation.countdown ? (
        <View className='card'>
          <Text className={m.confirmation.countdown.overdue ? 'm-deadline m-deadline--overdue' : 'm-deadline'} id='confirm-deadline'>
            确认期限：{formatChineseDate(m.confirmation.due)}前（{m.confirmation.countdown.label}）
          </Text>
          <Text className='muted' style={{ display: 'block' }}>
            收到申请后三个工作日内确认是否接受（{m.confirmation.article}）
          </Text>
        </View>
      ) : null}
      {m.assignment?.countdown ? (
        <View className='card'>
          <Text className={m.assignment.countdown.overdue ? 'm-deadline m-deadline--overdue' : 'm-deadline'}>
            {m.viewer.kind === 'party' ? '法院将在' : '指定调解员期限：'}
            {formatChineseDate(m.assignment.due)}前
            {m.viewer.kind === 'party' ? '指定调解员，您也可以现在自己选调解员的时间' : `（${m.assignment.countdown.label}）`}
          </Text>
        </View>
      ) : null}

      {can('assign') ? (
        <View className='card' id='assign'>
          <Text className='field__label'>指定调解员（《人民法院在线调解规则》第十条）</Text>
          {colleagues.map((c) => (
            <View key={c.id} id={`assignee-${c.id}`} className={assignee === c.id ? 'm-option m-option--on' : 'm-option'} onClick={() => setAssignee(c.id)}>
              <Text className='m-option__title'>
                {assignee === c.id ? '● ' : '○ '}
                {c.displayName}
              </Text>
            </View>
          ))}
          <Button
            className='btn btn--primary'
            id='assign-mediator'
            disabled={busy || !assignee}
            onClick={() => void act(() => mediationApi.assign(id, assignee), '已指定调解员')}
          >
            指定
          </Button>
        </View>
      ) : null}

      {m.agreement ? (
        <View className='card' id='agreement'>
          <Text className='field__label'>调解协议</Text>
          <View className='m-agreement' id='agreement-terms'>
            {m.agreement.terms}
          </View>
          {m.parties.map((p) => (
            <View className='m-row' key={p.role}>
              <Text>{p.name}</Text>
              <Text className={p.signedAt ? 'm-chip m-chip--green' : 'm-chip m-chip--orange'}>{p.signedAt ? `已签名 ${time(p.signedAt)}` : '未签名'}</Text>
            </View>
          ))}
          {m.agreement.effective ? (
            <Text className='m-chip m-chip--green' id='agreement-effective'>
              协议已于{time(m.agreement.effectiveAt)}生效（双方都已签名）
            </Text>
          ) : (
            <Text className='muted'>双方都签名后协议生效（《人民法院在线调解规则》第十九条）。</Text>
          )}
          {can('sign') ? (
            <Button className='btn btn--primary' id='sign-agreement' disabled={busy} onClick={() => void act(() => mediationApi.sign(id), '已签名')}>
              我已阅读，同意并签名
            </Button>
          ) : null}
        </View>
      ) : null}

      {m.judicialConfirmation ? (
        <View className='card' id='judicial-confirmation'>
          <Text className='field__label'>司法确认</Text>
          <Text className='muted' style={{ display: 'block' }}>
            法院确认协议有效后，对方不履行可以直接申请强制执行。需要双方共同申请，截止{formatChineseDate(m.judicialConfirmation.due)}（
            {m.judicialConfirmation.article}）。
          </Text>
          {m.parties.map((p) => (
            <View className='m-row' key={p.role}>
              <Text>{p.name}</Text>
              <Text className={p.jcAppliedAt ? 'm-chip m-chip--green' : 'm-chip m-chip--grey'}>{p.jcAppliedAt ? '已申请' : '未申请'}</Text>
            </View>
          ))}
          {m.judicialConfirmation.filingId ? (
            <Text className='m-chip m-chip--blue' id='jc-filed'>
              已提交法院，立案审查中
            </Text>
          ) : null}
          {!m.judicialConfirmation.open && !m.judicialConfirmation.filingId ? (
            <View className='banner banner--warn'>申请期限已过，不能再申请司法确认；可以就协议内容向法院起诉。</View>
          ) : null}
          {can('apply-jc') ? (
            <View>
              <Check
                id='jc-declaration'
                checked={declaration}
                label='我承诺：调解协议是双方真实意思，不损害他人利益'
                onToggle={() => setDeclaration(!declaration)}
              />
              {fieldError('declaration') ? <View className='field__error'>{fieldError('declaration')}</View> : null}
              <Button
                className='btn btn--primary'
                id='apply-jc'
                disabled={busy}
                onClick={() =>
                  void act(
                    () => mediationApi.applyJudicialConfirmation(id, declaration),
                    other?.jcAppliedAt || !other ? '双方都已申请，已提交法院' : `已申请，还需要${other.name}也申请`,
                  )
                }
              >
                申请司法确认
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      {can('record-agreement') || can('record-no-agreement') || can('record-withdrawn') ? (
        <View className='card' id='outcome'>
          <Text className='field__label'>记录调解结果</Text>
          {(['agreement', 'no-agreement', 'withdrawn'] as const)
            .filter((r) => can(`record-${r}`))
            .map((r) => (
              <View key={r} id={`result-${r}`} className={result === r ? 'm-option m-option--on' : 'm-option'} onClick={() => setResult(r)}>
                <Text className='m-option__title'>
                  {result === r ? '● ' : '○ '}
                  {RESULT_TEXT[r].title}
                </Text>
              </View>
            ))}
          {result ? (
            <View>
              <Textarea
                className='m-textarea'
                id='outcome-text'
                maxlength={5000}
                placeholder={RESULT_TEXT[result].placeholder}
                value={outcomeText}
                onInput={(e) => setOutcomeText(e.detail.value)}
              />
              {(fieldError('terms') ?? fieldError('note')) ? <View className='field__error'>{fieldError('terms') ?? fieldError('note')}</View> : null}
              <Button
                className='btn btn--primary'
                id='save-outcome'
                disabled={busy}
                onClick={() =>
                  void act(
                    () => mediationApi.outcome(id, result === 'agreement' ? { result, terms: outcomeText } : { result, note: outcomeText }),
                    '已记录，已通知双方当事人',
                  )
                }
              >
                保存结果
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      {can('decline') ? (
        declining ? (
          <View className='card'>
            <Text className='field__label'>不予接受的理由</Text>
            <Textarea
              className='m-textarea'
              id='decline-reason'
              maxlength={1000}
              placeholder='例如：与一方当事人是亲属，需要回避'
              value={reason}
              onInput={(e) => setReason(e.detail.value)}
            />
            {fieldError('reason') ? <View className='field__error'>{fieldError('reason')}</View> : null}
            <Button
              className='btn'
              id='decline-mediation'
              disabled={busy}
              onClick={() => void act(() => mediationApi.decline(id, reason), '已不予接受，已通知当事人')}
            >
              确定不予接受
            </Button>
          </View>
        ) : (
          <Button className='btn' id='open-decline' onClick={() => setDeclining(true)}>
            不予接受…
          </Button>
        )
      ) : null}

      {can('to-filing') ? (
        <View className='card'>
          <Text className='muted'>调解没有成功，可以起诉。已经填过的内容会自动带到立案申请里。</Text>
          <Button className='btn btn--primary' id='to-filing' disabled={busy} onClick={() => void toFiling()}>
            转为网上立案
          </Button>
        </View>
      ) : null}

      {m.outcome ? (
        <View className='card'>
          <Text className='field__label'>调解结果：{OUTCOME_LABEL[m.outcome.result]}</Text>
          {m.outcome.note ? <Text style={{ display: 'block' }}>{m.outcome.note}</Text> : null}
        </View>
      ) : null}
      {m.declineReason ? <View className='banner banner--warn'>调解员不予接受：{m.declineReason}。您可以选择其他调解员的时间。</View> : null}

      <View className='card'>
        <Text className='field__label'>调解情况</Text>
        <View className='m-row'>
          <Text className='m-row__label'>法院</Text>
          <Text>{m.court.name}</Text>
        </View>
        {m.caseNumber ? (
          <View className='m-row'>
            <Text className='m-row__label'>案号</Text>
            <Text>{m.caseNumber}</Text>
          </View>
        ) : null}
        {m.parties.map((p) => (
          <View className='m-row' key={p.role}>
            <Text className='m-row__label'>{p.role === 'applicant' ? '申请人' : '对方当事人'}</Text>
            <Text>
              {p.name}
              {p.me ? '（我）' : ''} {p.mobile ?? ''}
            </Text>
          </View>
        ))}
        <View className='m-row'>
          <Text className='m-row__label'>调解员</Text>
          <Text>{m.mediator?.name ?? '尚未确定'}</Text>
        </View>
        <View className='m-row'>
          <Text className='m-row__label'>请求</Text>
          <Text>
            {m.claim}
            {m.amountFen ? `（${formatYuan(m.amountFen)}）` : ''}
          </Text>
        </View>
        <Text className='muted' style={{ display: 'block' }}>
          {m.dispute}
        </Text>
        {m.timeLimit ? (
          <Text className='muted' style={{ display: 'block' }} id='time-limit'>
            调解期限{m.timeLimit.days}天，到{formatChineseDate(m.timeLimit.due)}（{m.timeLimit.article}；双方同意可以延长）
          </Text>
        ) : null}
      </View>

      {can('withdraw') ? (
        leaving ? (
          <View className='card'>
            <Text>{me?.role === 'applicant' ? '撤回后调解结束，以后还可以重新申请或起诉。' : '不同意调解，调解就此结束，对方可以起诉。'}确定吗？</Text>
            <View className='m-bar'>
              <Button className='btn' onClick={() => setLeaving(false)}>
                再想想
              </Button>
              <Button
                className='btn btn--primary'
                id='withdraw-confirm'
                disabled={busy}
                onClick={() => void act(() => mediationApi.withdraw(id), '调解已结束')}
              >
                确定
              </Button>
            </View>
          </View>
        ) : (
          <Button className='btn' id='withdraw' onClick={() => setLeaving(true)}>
            {me?.role === 'applicant' ? '撤回调解申请' : '我不同意调解'}
          </Button>
        )
      ) : null}

      <View className='card'>
        <Text className='field__label'>办理记录</Text>
        {m.history.map((h, i) => (
          <View className='m-hist' key={i}>
            <Text className='m-hist__what'>{HISTORY_LABEL[h.action] ?? h.action}</Text>
            <Text className='muted'>
              {h.actorName} · {time(h.at)}
            </Text>
          </View>
        ))}
      </View>
    </PageShell>
  )
}
