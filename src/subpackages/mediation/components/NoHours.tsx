import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

export interface NoHoursProps {
  /** the court's name and phone, once the courts list has loaded */
  court: { name: string; phone: string } | null
  /** 'none': no mediator has published hours; 'full': hours exist but nothing is free in this window */
  reason: 'none' | 'full'
}

/** Instead of a dead end when nothing can be booked: says why, and lets the party call the court to arrange a time. */
export function NoHours({ court, reason }: NoHoursProps) {
  const who = court?.name ?? '法院'
  return (
    <View className='card' id='no-hours'>
      <Text style={{ display: 'block' }}>
        {reason === 'none' ? `${who}的调解员还没有公布可以预约的时间。` : '这两周调解员的时间都约满了，可以看看后面两周。'}
      </Text>
      <Text className='muted' style={{ display: 'block' }}>
        您可以打电话给法院，请法院为您安排调解时间。
      </Text>
      {court ? (
        <Button className='btn btn--primary' id='call-court' onClick={() => void Taro.makePhoneCall({ phoneNumber: court.phone })}>
          拨打法院电话 {court.phone}
        </Button>
      ) : null}
    </View>
  )
}
