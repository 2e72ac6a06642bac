export default definePageConfig({ navigationBarTitleText: '记录其他送达方式' })
