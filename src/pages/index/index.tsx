import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Icon } from '../../components/Icon/Icon'
import { PageShell } from '../../components/PageShell/PageShell'
import { SERVICE_TILES, type ServiceTile } from '../../services'
import { ServicePrompt } from '../inbox/ServicePrompt'
import { useSession } from '../../stores/session'
import './index.scss'

const HOTLINE = '12368'

function open(tile: ServiceTile, signedIn: boolean) {
  if (tile.needsSignIn && !signedIn) {
    void Taro.navigateTo({ url: `/pages/login/index?next=${encodeURIComponent(tile.url)}` })
    return
  }
  void Taro.navigateTo({ url: tile.url })
}

/** 服务大厅: big tiles for each service that exists, and the court hotline one tap away. */
export default function Home() {
  const { user } = useSession()
  return (
    <PageShell testId='home'>
      <View className='home__hello'>
        <Text className='title'>{user ? `您好，${user.displayName}` : '您好，欢迎使用移动微法院'}</Text>
        {!user ? (
          <Button className='btn btn--primary' id='home-login' onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}>
            登录 / 注册
          </Button>
        ) : null}
      </View>
      <ServicePrompt />
      <View className='home__tiles'>
        {SERVICE_TILES.filter((tile) => !tile.roles || tile.roles.includes(user?.role ?? 'litigant')).map((tile) => (
          <View key={tile.id} className='home__tile' id={`tile-${tile.id}`} onClick={() => open(tile, !!user)}>
            <Icon name={tile.icon} color='#b71c1c' size={64} />
            <Text className='home__tile-title'>{tile.title}</Text>
            <Text className='home__tile-sub'>{tile.subtitle}</Text>
          </View>
        ))}
      </View>
      <View className='card home__help'>
        <Text className='home__help-title'>需要帮助？</Text>
        <Button className='btn' id='hotline' onClick={() => void Taro.makePhoneCall({ phoneNumber: HOTLINE })}>
          拨打 12368 诉讼服务热线
        </Button>
        <Text className='muted'>工作日 8:30–17:30，可查询案件进度、咨询诉讼流程。</Text>
      </View>
    </PageShell>
  )
}
