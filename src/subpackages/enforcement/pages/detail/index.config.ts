export default definePageConfig({ navigationBarTitleText: '执行案件', enablePullDownRefresh: true })
