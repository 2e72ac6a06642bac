import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { agreeToPrivacyGuide, disagreeWithPrivacyGuide, PRIVACY_AGREE_BUTTON_ID, usePrivacyRequest } from '../../stores/privacy'
import './PrivacyPopup.scss'

/**
 * The privacy guide's question, shown over any page the moment WeChat asks it (see
 * stores/privacy.ts). Agreeing lets the photo, file, clipboard or phone request the user started
 * go on; disagreeing cancels only that request.
 */
export function PrivacyPopup() {
  const asking = usePrivacyRequest()
  if (!asking) return null
  return (
    <View className='privacy-popup' id='privacy-popup'>
      <View className='privacy-popup__card' role='dialog' aria-label='用户隐私保护指引'>
        <Text className='privacy-popup__title'>请先阅读隐私保护指引</Text>
        <Text className='privacy-popup__text'>
          选照片、选文件、复制链接或拨打电话前，需要您同意本小程序的
          <Text className='link' id='privacy-guide' onClick={() => void Taro.openPrivacyContract({})}>
            《用户隐私保护指引》
          </Text>
          。您的姓名、身份证号、手机号、地址和材料只用于办理您的案件，由法院保存。
        </Text>
        <Button className='btn btn--primary' id={PRIVACY_AGREE_BUTTON_ID} openType={'agreePrivacyAuthorization' as never} onClick={agreeToPrivacyGuide}>
          同意并继续
        </Button>
        <Button className='btn' id='privacy-disagree' onClick={disagreeWithPrivacyGuide}>
          不同意
        </Button>
      </View>
    </View>
  )
}
