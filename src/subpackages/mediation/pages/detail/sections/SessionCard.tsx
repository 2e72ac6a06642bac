import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MediationView } from '../../../../../api/mediation'
import { Icon } from '../../../../../components/Icon/Icon'

const openVideo = (url: string) => {
  // The development placeholder lives inside the app; a real provider's link is copied to open outside.
  if (url.startsWith('/#/')) void Taro.navigateTo({ url: url.slice(2) })
  else void Taro.setClipboardData({ data: url })
}

/** 调解时间: when and where (or by video), who still has to agree, and the video once confirmed. */
export function SessionCard({ m }: { m: MediationView }) {
  const booking = m.booking
  if (!booking) return null
  const { venue } = booking
  return (
    <View className='card' id='session'>
      <Text className='field__label'>调解时间</Text>
      <Text className='m-item__title' id='session-time'>
        {booking.label}
      </Text>
      <View className='icon-line'>
        <Icon name={venue.kind === 'online' ? 'video' : 'landmark'} />
        <Text>{venue.kind === 'online' ? '手机视频调解' : `${venue.roomName ?? ''}（${venue.address ?? ''}）`}</Text>
      </View>
      {booking.waitingFor.length > 0 ? (
        <Text className='m-deadline' style={{ display: 'block' }} id='waiting-for'>
          等待 {booking.waitingFor.join('、')} 同意这个时间
        </Text>
      ) : (
        <Text className='m-chip m-chip--green'>各方都已确认</Text>
      )}
      {venue.videoUrl && m.status === 'confirmed' ? (
        <Button className='btn' id='open-video' onClick={() => openVideo(venue.videoUrl!)}>
          进入视频调解
        </Button>
      ) : null}
    </View>
  )
}
