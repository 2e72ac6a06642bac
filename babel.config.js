// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// The mini-program runs on each phone's own JavaScript engine (older iOS JavaScriptCore, Android
// X5/V8), and project.config.json leaves WeChat's own ES6 transform off so the package we test is
// the package we ship: compile the weapp build down to what those engines parse.
const WEAPP_TARGETS = { chrome: '53', ios: '10' }

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS } : {}),
      },
    ],
  ],
}
