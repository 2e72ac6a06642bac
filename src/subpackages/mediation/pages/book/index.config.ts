export default definePageConfig({ navigationBarTitleText: '选择调解时间' })
