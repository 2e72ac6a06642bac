export default definePageConfig({ navigationBarTitleText: '农忙日历' })
