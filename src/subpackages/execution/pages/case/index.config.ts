export default definePageConfig({ navigationBarTitleText: '执行案件办理', enablePullDownRefresh: true })
