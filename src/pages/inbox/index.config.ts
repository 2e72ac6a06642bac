export default definePageConfig({ navigationBarTitleText: '我的文书', enablePullDownRefresh: true })
