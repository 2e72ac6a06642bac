import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { demoBuild } from '../../../../utils/demoBuild'
import './index.scss'
import { Icon } from '../../../../components/Icon/Icon'

/**
 * Where the online session opens. In development and demos this placeholder stands in for the
 * court's video provider (set MEDIATION_VIDEO_URL on the server to use a real one).
 */
export default function VideoRoom() {
  const { params } = useRouter()
  return (
    <PageShell testId='mediation-video'>
      <View className='video-stage'>
        <View className='icon-line'>
          <Icon name='video' size={88} />
          <Text style={{ fontSize: '44px', fontWeight: 'bold' }}>视频调解室</Text>
        </View>
        {/* The room's code is the booking's id: the link already opens the room, so no one needs to read it. */}
        <Text style={{ display: 'block', marginTop: '24px' }}>{params.room ? '已进入您预约的调解室' : '没有找到预约的调解室，请从调解详情里进入'}</Text>
        <Text style={{ display: 'block', marginTop: '24px', color: '#ccc' }}>
          {demoBuild ? '演示环境：正式使用时这里会接通法院的视频调解系统。' : '视频调解室还没有接通，请按调解员短信中的方式进入，或拨打法院电话。'}
        </Text>
      </View>
      <View className='card'>
        <Text className='muted'>调解开始前，调解员会核对身份（《人民法院在线调解规则》第十七条）。请在安静的地方，把手机放稳，身份证放在手边。</Text>
      </View>
    </PageShell>
  )
}
