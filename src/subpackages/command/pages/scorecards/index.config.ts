export default definePageConfig({ navigationBarTitleText: '团队周评估' })
