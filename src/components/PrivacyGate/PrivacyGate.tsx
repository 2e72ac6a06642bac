import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

/**
 * Asks once for consent to the mini-program's 用户隐私保护指引 before photos or files are chosen:
 * since October 2023 WeChat refuses privacy APIs until the user agrees through a button of
 * open-type agreePrivacyAuthorization. H5 has no such gate, so nothing shows there.
 */
export function PrivacyGate() {
  const [needed, setNeeded] = useState(false)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp' || !Taro.getPrivacySetting) return
    Taro.getPrivacySetting({ success: (res) => setNeeded(res.needAuthorization) })
  }, [])
  if (!needed) return null
  return (
    <View className='card banner--warn' id='privacy-gate'>
      <Text>上传照片或文件前，请阅读并同意</Text>
      <Text className='link' onClick={() => void Taro.openPrivacyContract({})}>
        《用户隐私保护指引》
      </Text>
      <Text>。照片只用于本案，由法院保存。</Text>
      <Button className='btn btn--primary' openType={'agreePrivacyAuthorization' as never} onClick={() => setNeeded(false)}>
        同意并继续
      </Button>
    </View>
  )
}
