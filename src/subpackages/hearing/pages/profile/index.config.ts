export default definePageConfig({ navigationBarTitleText: '农忙时节' })
