import { Button, Checkbox, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  farmRegionOptions,
  formatYuan,
  parseYuan,
  partySideName,
  quoteFilingFee,
  validateFiling,
  type FilingData,
  type FilingParty,
  type FilingProblem,
  type PartySide,
  type Procedure,
} from '@domain'
import { toApiError } from '../../../../api/errors'
import { filingsApi, type FileInfo, type FilingView } from '../../../../api/filings'
import { newIdempotencyKey } from '../../../../api/request'
import { Field } from '../../../../components/Field/Field'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { PrivacyGate } from '../../../../components/PrivacyGate/PrivacyGate'
import { todayInShanghai } from '../../../../utils/today'
import { FileUploader } from '../../components/FileUploader'
import { draftStore } from '../../draftStore'
import { PROCEDURE_LABELS } from '../../../../utils/filingLabels'
import './index.scss'

// The same region and activity choices as the 农忙 profile, from the court's farm calendar.
const farmRegions = farmRegionOptions()

const STEPS = [
  { title: '当事人', fields: ['parties', 'agent'] },
  { title: '请求和事实', fields: ['claims', 'facts', 'procedure', 'farm'] },
  { title: '证据', fields: ['evidence'] },
  { title: '送达地址', fields: ['service'] },
  { title: '核对并提交', fields: ['declaration', 'feeRelief', 'courtId', 'targetCourtId'] },
]

const stepOf = (field: string) =>
  Math.max(
    0,
    STEPS.findIndex((s) => s.fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`))),
  )

type SaveState = 'saved' | 'saving' | 'offline' | 'idle'

/** The numbered steps of a filing; every change is kept on the phone at once and sent to the server when there is signal. */
export default function FilingForm() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [view, setView] = useState<FilingView | null>(null)
  const [data, setData] = useState<FilingData | null>(null)
  const [step, setStep] = useState(0)
  const [files, setFiles] = useState<Record<string, FileInfo>>({})
  const [problems, setProblems] = useState<FilingProblem[]>([])
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [amountText, setAmountText] = useState<Record<number, string>>({})
  const submitKey = useRef(newIdempotencyKey())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const sync = useCallback(
    async (next: FilingData) => {
      setSaveState('saving')
      try {
        // An amount still being typed wrongly stays on the phone with its red hint; the server gets none.
        const clean = { ...next, claims: next.claims.map((c) => (c.amountFen !== undefined && c.amountFen < 0 ? { text: c.text } : c)) }
        const v = await filingsApi.saveDraft(id, clean)
        setView(v)
        draftStore.save(id, { data: next, step, savedAt: new Date().toISOString(), synced: true })
        setSaveState('saved')
      } catch (e) {
        const err = toApiError(e)
        if (err.offline) setSaveState('offline')
        else setBanner(err.message)
      }
    },
    [id, step],
  )

  useEffect(() => {
    const local = draftStore.load(id)
    filingsApi.get(id).then(
      (v) => {
        setView(v)
        setFiles(Object.fromEntries(v.files.map((f) => [f.id, f])))
        const editable = v.status === 'draft' || v.status === 'correction-requested'
        if (!editable) {
          void Taro.redirectTo({ url: `/subpackages/filing/pages/detail/index?id=${id}` })
          return
        }
        // Unsent typing on this phone is newer than the server's copy.
        const useLocal = local && !local.synced
        setData(useLocal ? local.data : v.data)
        setStep(local?.step ?? (v.correction ? stepOf(v.correction.items[0]?.field ?? '') : 0))
        // Either the phone's unsent copy goes up now, or the server already has everything.
        if (useLocal) void sync(local.data)
        else setSaveState('saved')
      },
      (e) => {
        const err = toApiError(e)
        if (err.offline && local) {
          setData(local.data)
          setStep(local.step)
          setSaveState('offline')
        } else setBanner(err.message)
      },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  // When the signal comes back, send what was typed offline without waiting for another keystroke.
  const latest = useRef<{ data: FilingData | null; saveState: SaveState }>({ data: null, saveState: 'idle' })
  latest.current = { data, saveState }
  useEffect(() => {
    const onChange = (res: { isConnected: boolean }) => {
      const { data: d, saveState: st } = latest.current
      if (res.isConnected && d && st === 'offline') void sync(d)
    }
    Taro.onNetworkStatusChange(onChange)
    return () => Taro.offNetworkStatusChange?.(onChange)
  }, [sync])

  const update = (mutate: (d: FilingData) => FilingData) => {
    if (!data) return
    const next = mutate(data)
    setData(next)
    draftStore.save(id, { data: next, step, savedAt: new Date().toISOString(), synced: false })
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void sync(next), 800)
  }

  const today = todayInShanghai()
  const allProblems = useMemo(() => (data ? validateFiling(data, today) : []), [data, today])
  const fee = useMemo(() => {
    if (!data) return null
    try {
      return quoteFilingFee(data)
    } catch {
      return null
    }
  }, [data])

  if (!data) {
    return (
      <PageShell testId='filing-form'>
        {banner ? <View className='banner banner--error'>{banner}</View> : <Text className='muted'>正在打开您的申请……</Text>}
      </PageShell>
    )
  }

  const errorAt = (field: string) => problems.find((p) => p.field === field)?.message ?? null
  const sides = {
    plaintiff: partySideName(data.kind, 'plaintiff'),
    defendant: partySideName(data.kind, 'defendant'),
    'third-party': partySideName(data.kind, 'third-party'),
  }

  const goTo = (target: number) => {
    if (target > step) {
      const here = allProblems.filter((p) => stepOf(p.field) === step)
      setProblems(here)
      if (here.length > 0) {
        setBanner(`这一步还有${here.length}处需要填写或改正，请看红字提示`)
        return
      }
    }
    setBanner(null)
    setProblems([])
    setStep(target)
    draftStore.save(id, { data, step: target, savedAt: new Date().toISOString(), synced: saveState === 'saved' })
    if (timer.current) clearTimeout(timer.current)
    void sync(data)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const submit = async () => {
    setProblems(allProblems)
    if (allProblems.length > 0) {
      setBanner(`还有${allProblems.length}处需要改正：${allProblems[0].message}`)
      setStep(stepOf(allProblems[0].field))
      return
    }
    setBusy(true)
    try {
      await filingsApi.saveDraft(id, data)
      const v = await filingsApi.submit(id, submitKey.current)
      draftStore.clear(id)
      void Taro.redirectTo({ url: `/subpackages/filing/pages/receipt/index?id=${v.id}` })
    } catch (e) {
      const err = toApiError(e)
      setBanner(err.message)
      if (err.field) setStep(stepOf(err.field))
    } finally {
      setBusy(false)
    }
  }

  const setParty = (i: number, patch: Partial<FilingParty>) =>
    update((d) => ({ ...d, parties: d.parties.map((p, j) => (j === i ? ({ ...p, ...patch } as FilingParty) : p)) }))
  const addParty = (side: PartySide, type: 'person' | 'organisation') =>
    update((d) => ({
      ...d,
      parties: [
        ...d.parties,
        type === 'person'
          ? { side, type, name: '', idNumber: '', mobile: '', address: '' }
          : { side, type, name: '', creditCode: '', representative: '', mobile: '', address: '' },
      ],
    }))

  const fileList = (ids: string[]) => ids.map((fid) => files[fid] ?? { id: fid, name: '已上传的文件', mime: '', size: 0, sha256: '' })
  const remember = (list: FileInfo[]) => setFiles((m) => ({ ...m, ...Object.fromEntries(list.map((f) => [f.id, f])) }))

  return (
    <PageShell testId='filing-form'>
      <View className='steps'>
        <Text className='steps__now' id='step-title'>
          第{step + 1}步，共{STEPS.length}步：{STEPS[step].title}
        </Text>
        <Text className={saveState === 'offline' ? 'save-state save-state--offline' : 'save-state'} id='save-state'>
          {saveState === 'saved' ? '已自动保存' : saveState === 'saving' ? '正在保存…' : saveState === 'offline' ? '已存在手机上，联网后自动同步' : ''}
        </Text>
      </View>
      {step === 0 || step === 2 || step === 4 ? <PrivacyGate /> : null}
      {saveState === 'offline' ? <View className='banner banner--warn'>网络不稳定，内容已保存在手机上，恢复后自动提交</View> : null}
      {view?.correction ? (
        <View className='card correction' id='correction-list'>
          <Text className='title'>法院要求补正以下内容（一次性告知）</Text>
          {view.correction.items.map((item, i) => (
            <View key={i} className='summary-row'>
              {i + 1}. {item.message}
              <Text className='link' onClick={() => setStep(stepOf(item.field))}>
                去修改
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {banner ? (
        <View className='banner banner--error' id='form-banner'>
          {banner}
        </View>
      ) : null}

      {step === 0 ? (
        <View>
          {data.parties.map((p, i) => (
            <View key={i} className='card party' id={`party-${i}`}>
              <View className='party__head'>
                <Text>
                  {sides[p.side]}
                  {p.type === 'organisation' ? '（单位）' : ''}
                </Text>
                {i > 0 ? (
                  <Text className='link' onClick={() => update((d) => ({ ...d, parties: d.parties.filter((_, j) => j !== i) }))}>
                    删除
                  </Text>
                ) : null}
              </View>
              <Field
                name={`p${i}-name`}
                label={p.type === 'person' ? '姓名' : '单位名称'}
                value={p.name}
                onInput={(v) => setParty(i, { name: v })}
                error={errorAt(`parties[${i}].name`)}
              />
              {p.type === 'person' ? (
                <Field
                  name={`p${i}-idNumber`}
                  label='身份证号'
                  type='idcard'
                  maxlength={18}
                  value={p.idNumber}
                  onInput={(v) => setParty(i, { idNumber: v })}
                  error={errorAt(`parties[${i}].idNumber`)}
                />
              ) : (
                <>
                  <Field
                    name={`p${i}-creditCode`}
                    label='统一社会信用代码'
                    maxlength={18}
                    value={p.creditCode}
                    onInput={(v) => setParty(i, { creditCode: v })}
                    error={errorAt(`parties[${i}].creditCode`)}
                  />
                  <Field
                    name={`p${i}-representative`}
                    label='法定代表人'
                    value={p.representative}
                    onInput={(v) => setParty(i, { representative: v })}
                    error={errorAt(`parties[${i}].representative`)}
                  />
                </>
              )}
              <Field
                name={`p${i}-mobile`}
                label={p.side === 'plaintiff' ? '手机号' : '手机号（知道的话请填写）'}
                type='number'
                maxlength={11}
                value={p.mobile}
                onInput={(v) => setParty(i, { mobile: v })}
                error={errorAt(`parties[${i}].mobile`)}
              />
              <Field
                name={`p${i}-address`}
                label='住址'
                value={p.address}
                onInput={(v) => setParty(i, { address: v })}
                error={errorAt(`parties[${i}].address`)}
              />
            </View>
          ))}
          {errorAt('parties') ? <View className='field__error'>{errorAt('parties')}</View> : null}
          <Button className='btn' id='add-defendant' onClick={() => addParty('defendant', 'person')}>
            ＋ 添加{sides.defendant}（个人）
          </Button>
          <Button className='btn' id='add-defendant-org' onClick={() => addParty('defendant', 'organisation')}>
            ＋ 添加{sides.defendant}（单位）
          </Button>
          <Button className='btn' id='add-plaintiff' onClick={() => addParty('plaintiff', 'person')}>
            ＋ 添加{sides.plaintiff}
          </Button>
          <Button className='btn' id='add-third' onClick={() => addParty('third-party', 'person')}>
            ＋ 添加第三人
          </Button>
          <View className='card' id='agent'>
            <View
              className='check'
              id='has-agent'
              onClick={() =>
                update((d) => ({
                  ...d,
                  agent: d.agent ? undefined : { kind: 'lawyer', name: '', idNumber: '', mobile: '', licenceNo: '', powerOfAttorneyFileIds: [] },
                }))
              }
            >
              <Checkbox value='agent' checked={!!data.agent} />
              <Text>委托律师或亲属代为起诉（委托代理人）</Text>
            </View>
            {data.agent ? (
              <View>
                <View className='choices'>
                  {(['lawyer', 'relative'] as const).map((k) => (
                    <View
                      key={k}
                      id={`agent-${k}`}
                      className={data.agent?.kind === k ? 'choice choice--on' : 'choice'}
                      onClick={() =>
                        update((d) => ({ ...d, agent: d.agent && { ...d.agent, kind: k, licenceNo: k === 'lawyer' ? d.agent.licenceNo : undefined } }))
                      }
                    >
                      {k === 'lawyer' ? '律师' : '近亲属'}
                    </View>
                  ))}
                </View>
                <Field
                  name='agent-name'
                  label='代理人姓名'
                  value={data.agent.name}
                  error={errorAt('agent.name')}
                  onInput={(v) => update((d) => ({ ...d, agent: d.agent && { ...d.agent, name: v } }))}
                />
                <Field
                  name='agent-idNumber'
                  label='代理人身份证号'
                  type='idcard'
                  maxlength={18}
                  value={data.agent.idNumber}
                  error={errorAt('agent.idNumber')}
                  onInput={(v) => update((d) => ({ ...d, agent: d.agent && { ...d.agent, idNumber: v } }))}
                />
                <Field
                  name='agent-mobile'
                  label='代理人手机号'
                  type='number'
                  maxlength={11}
                  value={data.agent.mobile}
                  onInput={(v) => update((d) => ({ ...d, agent: d.agent && { ...d.agent, mobile: v } }))}
                />
                {data.agent.kind === 'lawyer' ? (
                  <Field
                    name='agent-licenceNo'
                    label='律师执业证号（17位数字）'
                    type='number'
                    maxlength={17}
                    value={data.agent.licenceNo ?? ''}
                    error={errorAt('agent.licenceNo')}
                    onInput={(v) => update((d) => ({ ...d, agent: d.agent && { ...d.agent, licenceNo: v } }))}
                  />
                ) : null}
                <Text className='field__label'>授权委托书</Text>
                {errorAt('agent.powerOfAttorneyFileIds') ? <View className='field__error'>{errorAt('agent.powerOfAttorneyFileIds')}</View> : null}
                <FileUploader
                  idPrefix='poa'
                  files={fileList(data.agent.powerOfAttorneyFileIds)}
                  onChange={(list) => {
                    remember(list)
                    update((d) => ({ ...d, agent: d.agent && { ...d.agent, powerOfAttorneyFileIds: list.map((f) => f.id) } }))
                  }}
                />
              </View>
            ) : null}
          </View>
        </View>
      ) : null}

      {step === 1 ? (
        <View>
          {data.claims.map((c, i) => (
            <View key={i} className='card' id={`claim-${i}`}>
              <Text className='field__label'>第{i + 1}项请求</Text>
              <Textarea
                className='textarea'
                id={`claim-${i}-text`}
                value={c.text}
                placeholder='例如：判令被告支付小麦货款86500元'
                onInput={(e) => update((d) => ({ ...d, claims: d.claims.map((x, j) => (j === i ? { ...x, text: e.detail.value } : x)) }))}
              />
              {errorAt(`claims[${i}].text`) ? <View className='field__error'>{errorAt(`claims[${i}].text`)}</View> : null}
              <Field
                name={`claim-${i}-amount`}
                label='涉及金额（元，没有可不填）'
                type='digit'
                value={amountText[i] ?? (c.amountFen ? String(c.amountFen / 100) : '')}
                hint={c.amountFen ? `即 ${formatYuan(c.amountFen)}` : undefined}
                error={errorAt(`claims[${i}].amountFen`)}
                onInput={(v) => {
                  setAmountText((m) => ({ ...m, [i]: v }))
                  let fen: number | undefined
                  try {
                    fen = v.trim() ? parseYuan(v) : undefined
                  } catch {
                    fen = -1
                  }
                  update((d) => ({ ...d, claims: d.claims.map((x, j) => (j === i ? { ...x, amountFen: fen } : x)) }))
                }}
              />
              {i > 0 ? (
                <Text className='link' onClick={() => update((d) => ({ ...d, claims: d.claims.filter((_, j) => j !== i) }))}>
                  删除这项请求
                </Text>
              ) : null}
            </View>
          ))}
          {errorAt('claims') ? <View className='field__error'>{errorAt('claims')}</View> : null}
          <Button className='btn' id='add-claim' onClick={() => update((d) => ({ ...d, claims: [...d.claims, { text: '' }] }))}>
            ＋ 添加一项请求
          </Button>
          <View className='card'>
            <Text className='field__label'>事实与理由</Text>
            <Text className='muted'>用自己的话写清楚：什么时候、和谁、发生了什么、对方欠什么。</Text>
            <Textarea className='textarea' id='facts' maxlength={10000} value={data.facts} onInput={(e) => update((d) => ({ ...d, facts: e.detail.value }))} />
            {errorAt('facts') ? <View className='field__error'>{errorAt('facts')}</View> : null}
          </View>
          {data.kind === 'civil-first' ? (
            <View className='card'>
              <Text className='field__label'>希望适用的程序</Text>
              {(Object.keys(PROCEDURE_LABELS) as Procedure[]).map((p) => (
                <View
                  key={p}
                  id={`procedure-${p}`}
                  className={data.procedure === p ? 'choice choice--on' : 'choice'}
                  onClick={() => update((d) => ({ ...d, procedure: p }))}
                >
                  {PROCEDURE_LABELS[p].title}：{PROCEDURE_LABELS[p].hint}
                </View>
              ))}
              {errorAt('procedure') ? <View className='field__error'>{errorAt('procedure')}</View> : null}
            </View>
          ) : null}
          <View className='card'>
            <View
              className='check'
              id='agricultural'
              onClick={() => update((d) => ({ ...d, agricultural: !d.agricultural, farm: d.farm ?? { region: '', activities: [] } }))}
            >
              <Checkbox value='agri' checked={data.agricultural} />
              <Text>这是涉农纠纷（粮食买卖、草场、农机、雇工等），我家有农忙季节</Text>
            </View>
            {data.agricultural ? (
              <View>
                <Text className='muted'>选择您所在地区和农忙活计，法院安排开庭时会尽量避开农忙。</Text>
                <View className='choices'>
                  {farmRegions.map((r) => (
                    <View
                      key={r.region}
                      id={`region-${r.region}`}
                      className={data.farm?.region === r.region ? 'choice choice--on' : 'choice'}
                      onClick={() => update((d) => ({ ...d, farm: { region: r.region, activities: [] } }))}
                    >
                      {r.regionName}
                    </View>
                  ))}
                </View>
                {errorAt('farm.region') ? <View className='field__error'>{errorAt('farm.region')}</View> : null}
                <View className='choices'>
                  {(farmRegions.find((r) => r.region === data.farm?.region)?.activities ?? []).map((a) => {
                    const on = data.farm?.activities.includes(a.activity) ?? false
                    return (
                      <View
                        key={a.activity}
                        id={`activity-${a.activity}`}
                        className={on ? 'choice choice--on' : 'choice'}
                        onClick={() =>
                          update((d) => ({
                            ...d,
                            farm: {
                              region: d.farm?.region ?? '',
                              activities: on ? (d.farm?.activities ?? []).filter((x) => x !== a.activity) : [...(d.farm?.activities ?? []), a.activity],
                            },
                          }))
                        }
                      >
                        {on ? '✓ ' : ''}
                        {a.activityName}
                      </View>
                    )
                  })}
                </View>
                {errorAt('farm.activities') ? <View className='field__error'>{errorAt('farm.activities')}</View> : null}
              </View>
            ) : null}
          </View>
        </View>
      ) : null}

      {step === 2 ? (
        <View>
          <Text className='muted'>每份证据写明名称和要证明什么，再拍照或上传 PDF。单个文件不超过20MB。没有证据也可以先提交。</Text>
          {data.evidence.map((e, i) => (
            <View key={i} className='card' id={`evidence-${i}`}>
              <Field
                name={`ev${i}-name`}
                label={`证据${i + 1}名称`}
                value={e.name}
                placeholder='例如：收条、欠条、合同'
                error={errorAt(`evidence[${i}].name`)}
                onInput={(v) => update((d) => ({ ...d, evidence: d.evidence.map((x, j) => (j === i ? { ...x, name: v } : x)) }))}
              />
              <Field
                name={`ev${i}-proves`}
                label='要证明什么'
                value={e.proves}
                placeholder='例如：被告收到小麦20吨'
                error={errorAt(`evidence[${i}].proves`)}
                onInput={(v) => update((d) => ({ ...d, evidence: d.evidence.map((x, j) => (j === i ? { ...x, proves: v } : x)) }))}
              />
              <FileUploader
                idPrefix={`ev${i}`}
                files={fileList(e.fileIds)}
                onChange={(list) => {
                  remember(list)
                  update((d) => ({ ...d, evidence: d.evidence.map((x, j) => (j === i ? { ...x, fileIds: list.map((f) => f.id) } : x)) }))
                }}
              />
              <Text className='link' onClick={() => update((d) => ({ ...d, evidence: d.evidence.filter((_, j) => j !== i) }))}>
                删除这份证据
              </Text>
            </View>
          ))}
          <Button className='btn' id='add-evidence' onClick={() => update((d) => ({ ...d, evidence: [...d.evidence, { name: '', proves: '', fileIds: [] }] }))}>
            ＋ 添加一份证据
          </Button>
        </View>
      ) : null}

      {step === 3 ? (
        <View className='card'>
          <Text className='field__label'>送达地址确认书</Text>
          <Text className='muted'>
            法院的文书（开庭传票、判决书等）会按下面的方式送给您。同意电子送达的，文书发到本小程序即视为送达（《民事诉讼法》第九十条）。
          </Text>
          <View
            className='check'
            id='consent-electronic'
            onClick={() => update((d) => ({ ...d, service: { ...d.service, consentElectronic: !d.service.consentElectronic } }))}
          >
            <Checkbox value='consent' checked={data.service.consentElectronic} />
            <Text>我同意法院通过电子方式送达文书</Text>
          </View>
          <View className='check' onClick={() => update((d) => ({ ...d, service: { ...d.service, app: !d.service.app } }))}>
            <Checkbox value='app' checked={data.service.app} />
            <Text>发到本小程序「我的文书」</Text>
          </View>
          <View className='check' onClick={() => update((d) => ({ ...d, service: { ...d.service, sms: !d.service.sms } }))}>
            <Checkbox value='sms' checked={data.service.sms} />
            <Text>短信提醒</Text>
          </View>
          {errorAt('service') ? <View className='field__error'>{errorAt('service')}</View> : null}
          <Field
            name='service-mobile'
            label='接收手机号'
            type='number'
            maxlength={11}
            value={data.service.mobile}
            error={errorAt('service.mobile')}
            onInput={(v) => update((d) => ({ ...d, service: { ...d.service, mobile: v } }))}
          />
          <Field
            name='service-email'
            label='电子邮箱（选填）'
            value={data.service.email ?? ''}
            error={errorAt('service.email')}
            onInput={(v) => update((d) => ({ ...d, service: { ...d.service, email: v || undefined } }))}
          />
          <Field
            name='service-postal'
            label='邮寄地址（纸质文书寄到这里）'
            value={data.service.postalAddress}
            error={errorAt('service.postalAddress')}
            onInput={(v) => update((d) => ({ ...d, service: { ...d.service, postalAddress: v } }))}
          />
        </View>
      ) : null}

      {step === 4 ? (
        <View>
          <View className='card' id='fee'>
            <Text className='field__label'>预计诉讼费</Text>
            {fee ? (
              <>
                <Text className='fee' id='fee-total'>
                  {fee.minFen === fee.maxFen ? formatYuan(fee.minFen) : `${formatYuan(fee.minFen)}至${formatYuan(fee.maxFen)}`}
                </Text>
                {fee.lines.map((l, i) => (
                  <View key={i} className='fee-line'>
                    <Text>{l.label}</Text>
                    <Text>{formatYuan(l.fen)}</Text>
                  </View>
                ))}
                <Text className='muted'>以法院的交费通知为准；收到通知后7日内交纳（《诉讼费用交纳办法》第二十二条）。</Text>
              </>
            ) : (
              <Text className='muted'>填好请求金额后显示</Text>
            )}
            <View
              className='check'
              id='fee-relief'
              onClick={() => update((d) => ({ ...d, feeRelief: d.feeRelief ? undefined : { type: 'defer', reason: '', fileIds: [] } }))}
            >
              <Checkbox value='relief' checked={!!data.feeRelief} />
              <Text>交费确有困难，申请缓交、减交或免交</Text>
            </View>
            {data.feeRelief ? (
              <View>
                <View className='choices'>
                  {(['defer', 'reduce', 'waive'] as const).map((t) => (
                    <View
                      key={t}
                      className={data.feeRelief?.type === t ? 'choice choice--on' : 'choice'}
                      onClick={() => update((d) => ({ ...d, feeRelief: d.feeRelief && { ...d.feeRelief, type: t } }))}
                    >
                      {t === 'defer' ? '缓交' : t === 'reduce' ? '减交' : '免交'}
                    </View>
                  ))}
                </View>
                <Textarea
                  className='textarea'
                  id='fee-relief-reason'
                  placeholder='写明困难情况，例如：家庭遭受自然灾害、享受低保'
                  value={data.feeRelief.reason}
                  onInput={(e) => update((d) => ({ ...d, feeRelief: d.feeRelief && { ...d.feeRelief, reason: e.detail.value } }))}
                />
                {errorAt('feeRelief.reason') ? <View className='field__error'>{errorAt('feeRelief.reason')}</View> : null}
                <FileUploader
                  idPrefix='relief'
                  files={fileList(data.feeRelief.fileIds)}
                  onChange={(list) => {
                    remember(list)
                    update((d) => ({ ...d, feeRelief: d.feeRelief && { ...d.feeRelief, fileIds: list.map((f) => f.id) } }))
                  }}
                />
              </View>
            ) : null}
          </View>
          <View className='card' id='summary'>
            <Text className='field__label'>请核对</Text>
            {data.parties.map((p, i) => (
              <View key={i} className='summary-row'>
                {sides[p.side]}：{p.name || '（未填）'}
              </View>
            ))}
            {data.claims.map((c, i) => (
              <View key={i} className='summary-row'>
                请求{i + 1}：{c.text}
                {c.amountFen ? `（${formatYuan(c.amountFen)}）` : ''}
              </View>
            ))}
            <View className='summary-row'>
              证据：{data.evidence.length}份，文件{data.evidence.reduce((n, e) => n + e.fileIds.length, 0)}个
            </View>
          </View>
          <View className='card'>
            <View className='check' id='declaration' onClick={() => update((d) => ({ ...d, declaration: !d.declaration }))}>
              <Checkbox value='decl' checked={data.declaration} />
              <Text>我保证以上内容真实，知道提供虚假材料要承担法律责任</Text>
            </View>
            {errorAt('declaration') ? <View className='field__error'>{errorAt('declaration')}</View> : null}
          </View>
          <Button className='btn btn--primary' id='submit-filing' disabled={busy} onClick={submit}>
            {view?.status === 'correction-requested' ? '补正完毕，重新提交' : '提交给法院'}
          </Button>
        </View>
      ) : null}

      <View className='nav'>
        <Button className='btn' id='prev-step' disabled={step === 0} onClick={() => goTo(step - 1)}>
          上一步
        </Button>
        {step < STEPS.length - 1 ? (
          <Button className='btn btn--primary' id='next-step' onClick={() => goTo(step + 1)}>
            下一步
          </Button>
        ) : null}
      </View>
    </PageShell>
  )
}
