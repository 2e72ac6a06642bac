import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms'
import { bounded, fill, type Provider, type ProviderAnswer } from './provider'

/** One SMS template approved in the Tencent Cloud console: its id and the patterns of its parameters, in order. */
export interface SmsTemplate {
  id: string
  params: string[]
}

export interface TencentSmsConfig {
  secretId: string
  secretKey: string
  region: string
  sdkAppId: string
  /** the approved signature (签名), e.g. the court's name */
  signName: string
  /** sms.tencentcloudapi.com; tests point it at a local fake */
  endpoint: string
  /** 'https://' except against a local fake */
  protocol: string
  templates: Record<string, SmsTemplate>
}

/** Codes after which the same request cannot succeed (a bad number, template or signature, an unsubscribed user). */
const FINAL =
  /^(InvalidParameter|FailedOperation\.(PhoneNumberInBlacklist|TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|MissingTemplateToModify|ContainSensitiveWord)|UnauthorizedOperation|InvalidParameterValue)/

/**
 * SMS through Tencent Cloud's own SDK (SendSms, TC3-signed). The notification id goes as
 * SessionContext, so a message a dead worker had already handed over can be matched to its row.
 */
export function tencentSmsProvider(cfg: TencentSmsConfig): Provider {
  const client = new tencentcloud.sms.v20210111.Client({
    credential: { secretId: cfg.secretId, secretKey: cfg.secretKey },
    region: cfg.region,
    profile: { httpProfile: { endpoint: cfg.endpoint, protocol: cfg.protocol, reqTimeout: 10 } },
  })
  return {
    name: 'tencent-sms',
    async deliver(n): Promise<ProviderAnswer> {
      const t = cfg.templates[n.template]
      if (!t) return { ok: false, retry: false, error: `no SMS template is configured for ${n.template}`, response: '' }
      const phone = n.recipient.startsWith('+') ? n.recipient : `+86${n.recipient}`
      try {
        const res = await client.SendSms({
          PhoneNumberSet: [phone],
          SmsSdkAppId: cfg.sdkAppId,
          SignName: cfg.signName,
          TemplateId: t.id,
          TemplateParamSet: t.params.map((p) => fill(p, n)),
          SessionContext: n.id,
        })
        const status = res.SendStatusSet?.[0]
        if (status?.Code === 'Ok') return { ok: true, ref: status.SerialNo ?? '', response: bounded(res) }
        const code = status?.Code ?? 'NoStatus'
        return { ok: false, retry: !FINAL.test(code), error: `SMS ${code}`, response: bounded(res) }
      } catch (err) {
        const e = err as { code?: string; message?: string; requestId?: string }
        const code = e.code ?? 'NetworkError'
        return { ok: false, retry: !FINAL.test(code), error: `SMS ${code}`, response: bounded({ code, message: e.message, requestId: e.requestId }) }
      }
    },
  }
}
