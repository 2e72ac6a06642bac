export default definePageConfig({ navigationBarTitleText: '立案审查', enablePullDownRefresh: true })
