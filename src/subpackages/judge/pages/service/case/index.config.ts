export default definePageConfig({ navigationBarTitleText: '案件送达情况' })
