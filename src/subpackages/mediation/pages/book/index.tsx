import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { addDays } from '@domain/dates/addDays'
import { formatChineseDate } from '@domain/dates/formatChineseDate'
import { courtsApi } from '../../../../api/courts'
import { toApiError } from '../../../../api/errors'
import { mediationApi, type MediationView, type OfferedSlot, type SlotsReply } from '../../../../api/mediation'
import { newIdempotencyKey } from '../../../../api/request'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { ConsentForm, EMPTY_CONSENT, type ConsentValue } from '../../components/ConsentForm'
import { NoHours } from '../../components/NoHours'
import { slotId } from '../../labels'
import './index.scss'
import { ChoiceMark } from '../../../../components/ChoiceMark/ChoiceMark'
import { Icon } from '../../../../components/Icon/Icon'
import { askToSubscribe } from '../../../../utils/subscribe'

/** Picks a session from the published times; the server holds it so nobody else can take it. */
export default function BookSession() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [m, setM] = useState<MediationView | null>(null)
  const [offer, setOffer] = useState<SlotsReply | null>(null)
  const [from, setFrom] = useState<string | undefined>(undefined)
  const [mediatorId, setMediatorId] = useState<string | null>(null)
  const [picked, setPicked] = useState<OfferedSlot | null>(null)
  const [consent, setConsent] = useState<ConsentValue>(EMPTY_CONSENT)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [key, setKey] = useState(newIdempotencyKey)
  const [court, setCourt] = useState<{ name: string; phone: string } | null>(null)

  const loadSlots = (start?: string) =>
    mediationApi.slots(id, start, 14).then(
      (s) => {
        setOffer(s)
        setMediatorId((cur) => (cur && s.groups.some((g) => g.mediator.id === cur) ? cur : (s.groups[0]?.mediator.id ?? null)))
      },
      (e) => setBanner(toApiError(e).message),
    )

  useEffect(() => {
    mediationApi.get(id).then(setM, (e) => setBanner(toApiError(e).message))
    void loadSlots()
    // Loads once per visit; the id comes from the route.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  // Nothing bookable in this window: the court's phone is the way on, so fetch it (the mediation names only the court's id).
  const noSlots = !!offer && offer.groups.every((g) => g.slots.length === 0)
  const courtId = m?.court.id
  useEffect(() => {
    if (!noSlots || !courtId) return
    courtsApi.list().then(
      (cs) => setCourt(cs.find((c) => c.id === courtId) ?? null),
      () => setCourt(null),
    )
  }, [noSlots, courtId])

  const group = offer?.groups.find((g) => g.mediator.id === mediatorId) ?? null
  const days = [...new Set((group?.slots ?? []).map((s) => s.date))]

  const book = async () => {
    if (!picked || !group) return
    // Inside the tap, before any await loses the gesture.
    void askToSubscribe('mediation')
    setBusy(true)
    setBanner(null)
    setErrors({})
    try {
      const needsConsent = m?.viewer.needsConsent ?? false
      await mediationApi.book(id, { startsAt: picked.startsAt, mediatorId: group.mediator.id, ...(needsConsent ? consent : {}) }, key)
      void Taro.redirectTo({ url: `/subpackages/mediation/pages/detail/index?id=${id}` })
    } catch (e) {
      const err = toApiError(e)
      setBanner(err.message)
      if (err.field) setErrors({ [err.field]: err.message })
      if (err.code === 'MEDIATION_SLOT_TAKEN') {
        setPicked(null)
        setKey(newIdempotencyKey())
        void loadSlots(from)
      }
    } finally {
      setBusy(false)
    }
  }

  const page = (start: string) => {
    setFrom(start)
    setPicked(null)
    void loadSlots(start)
  }

  return (
    <PageShell testId='mediation-book'>
      <Text className='title'>{params.first ? '申请已提交，请选择调解时间' : '选择调解时间'}</Text>
      {m?.booking ? <View className='banner banner--warn'>现在约的是 {m.booking.label}；选一个新时间，需要其他人再同意。</View> : null}
      {banner ? (
        <View className='banner banner--error' id='book-error'>
          {banner}
        </View>
      ) : null}
      {noSlots ? <NoHours court={court} reason={offer.groups.length === 0 ? 'none' : 'full'} /> : null}

      {offer && offer.groups.length > 1 ? (
        <View>
          <Text className='m-section-title'>选择调解员（《人民法院在线调解规则》第十条）</Text>
          {offer.groups.map((g) => (
            <View
              key={g.mediator.id}
              id={`mediator-${g.mediator.id}`}
              className={g.mediator.id === mediatorId ? 'm-option m-option--on' : 'm-option'}
              onClick={() => {
                setMediatorId(g.mediator.id)
                setPicked(null)
              }}
            >
              <Text className='m-option__title'>
                <ChoiceMark kind='radio' on={g.mediator.id === mediatorId} />
                {g.mediator.name}
              </Text>
              <Text className='m-option__hint'>
                {g.venue.kind === 'online' ? '手机视频调解' : `到${g.venue.roomName ?? '法院'}调解（${g.venue.address ?? ''}）`}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {group ? (
        <View className='card'>
          <Text className='field__label'>{group.mediator.name}</Text>
          <View className='icon-line'>
            <Icon name={group.venue.kind === 'online' ? 'video' : 'landmark'} color='#555555' />
            <Text className='muted'>
              {group.venue.kind === 'online'
                ? '手机视频调解，到时间在小程序里打开视频'
                : `到${group.venue.roomName ?? '法院'}当面调解：${group.venue.address ?? ''}`}
            </Text>
          </View>
          {days.length === 0 && !noSlots ? (
            <Text className='muted' style={{ display: 'block' }}>
              这两周没有空闲的时间了，请看后面两周。
            </Text>
          ) : null}
          {days.map((d) => (
            <View key={d}>
              <Text className='m-day-title'>{formatChineseDate(d)}</Text>
              <View className='m-slots'>
                {group.slots
                  .filter((s) => s.date === d)
                  .map((s) => (
                    <View
                      key={s.startsAt}
                      id={slotId(s)}
                      className={picked?.startsAt === s.startsAt ? 'm-slot m-slot--on' : 'm-slot'}
                      onClick={() => setPicked(s)}
                    >
                      {s.start}
                      {s.current ? '（现约）' : ''}
                    </View>
                  ))}
              </View>
            </View>
          ))}
          <View className='m-bar'>
            <Button className='btn' id='earlier' disabled={!from} onClick={() => page(addDays(offer!.from, -14))}>
              前两周
            </Button>
            <Button className='btn' id='later' onClick={() => page(addDays(offer!.to, 1))}>
              后两周
            </Button>
          </View>
        </View>
      ) : null}

      {m?.viewer.needsConsent ? <ConsentForm value={consent} onChange={setConsent} errors={errors} /> : null}

      {picked ? (
        <Button className='btn btn--primary' id='confirm-booking' disabled={busy} onClick={() => void book()}>
          确认预约：{picked.label}
        </Button>
      ) : (
        <Text className='muted'>点一个时间，再点“确认预约”。</Text>
      )}
      {params.first ? (
        <Button className='btn' id='later-booking' onClick={() => void Taro.redirectTo({ url: `/subpackages/mediation/pages/detail/index?id=${id}` })}>
          以后再选
        </Button>
      ) : null}
    </PageShell>
  )
}
