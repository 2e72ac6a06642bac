export default definePageConfig({ navigationBarTitleText: '诉讼费计算' })
