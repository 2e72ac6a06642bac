export default definePageConfig({ navigationBarTitleText: '可预约时间' })
