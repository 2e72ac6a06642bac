export default definePageConfig({ navigationBarTitleText: '执行团队' })
