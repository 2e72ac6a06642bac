export default definePageConfig({ navigationBarTitleText: '送达地址确认书' })
