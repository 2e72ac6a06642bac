export default definePageConfig({ navigationBarTitleText: '我的执行任务', enablePullDownRefresh: true })
