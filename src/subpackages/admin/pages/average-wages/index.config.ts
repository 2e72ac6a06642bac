export default definePageConfig({ navigationBarTitleText: '年平均工资' })
