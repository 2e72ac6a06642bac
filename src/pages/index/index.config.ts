export default definePageConfig({ navigationBarTitleText: '移动微法院' })
