import { fireEvent, render } from '@testing-library/react'
import { checkLead, emptyLead, LeadForm, toLeadInput, type LeadDraft } from '../../../../src/subpackages/enforcement/components/LeadForm'
import { MoneyCard } from '../../../../src/subpackages/enforcement/components/MoneyCard'
import { TerminationCard } from '../../../../src/subpackages/enforcement/components/TerminationCard'
import { Timeline } from '../../../../src/subpackages/enforcement/components/Timeline'
import { LeadsCard } from '../../../../src/subpackages/enforcement/components/LeadsCard'
import { text } from '../../fakeServer'
import { deadline } from './fixtures'

const hasLatin = (s: string) => /[A-Za-z]{2,}/.test(s)

describe('Timeline', () => {
  it('shows every node in words with its date, its document and the deadline still running', () => {
    render(
      <Timeline
        nodes={[
          {
            node: 'filing',
            name: '立案',
            text: '法院已立案，案号（2026）内0784执12号',
            status: 'done',
            date: '2026-11-23',
            deadline: deadline('2026-11-27', '2026年11月27日前', 0),
            late: false,
            targetId: null,
            document: null,
          },
          {
            node: 'execution-notice',
            name: '执行通知与报告财产令',
            text: '法院将向被执行人发出执行通知书和报告财产令',
            status: 'overdue',
            date: null,
            deadline: deadline('2026-11-30', '2026年11月30日前', -2),
            late: false,
            targetId: null,
            document: null,
          },
          {
            node: 'lead-verification',
            name: '财产线索核查',
            text: '牲畜线索已核查属实',
            status: 'done',
            date: '2026-11-25',
            deadline: deadline('2026-11-24', '2026年11月24日前', 0),
            late: true,
            targetId: 'l-1',
            document: null,
          },
        ]}
      />,
    )
    const t = text()
    expect(t).toContain('立案已办')
    expect(t).toContain('日期：2026年11月23日')
    expect(t).toContain('执行通知与报告财产令已超期')
    expect(t).toContain('期限：2026年11月30日前（已超过2天）')
    expect(t).toContain('晚于期限')
    expect(hasLatin(t)).toBe(false)
  })

  it('shows nothing for a case without nodes', () => {
    expect(render(<Timeline nodes={[]} />).container.innerHTML).toBe('')
  })
})

describe('MoneyCard', () => {
  it('shows money received and paid out, each with its day, and the payout deadline of money still held', () => {
    render(
      <MoneyCard
        amountFen={8_650_000}
        ledger={{
          account: '额尔古纳市人民法院执行款专户（2026）内0784执12号',
          receivedFen: 3_000_000,
          paidFen: 2_000_000,
          heldFen: 1_000_000,
          entries: [],
          receipts: [
            {
              id: 'r-1',
              receivedOn: '2026-11-26',
              amountFen: 2_000_000,
              payer: '王建国',
              payout: deadline('2026-12-26', '2026年12月26日前', 20),
              paidFen: 2_000_000,
              paidOn: '2026-11-28',
            },
            {
              id: 'r-2',
              receivedOn: '2026-11-29',
              amountFen: 1_000_000,
              payer: '王建国',
              payout: deadline('2026-12-29', '2026年12月29日前', 27),
              paidFen: 0,
              paidOn: null,
            },
          ],
        }}
      />,
    )
    const t = text()
    expect(document.getElementById('money-received')?.textContent).toBe('3万元')
    expect(document.getElementById('money-paid')?.textContent).toBe('2万元')
    expect(t).toContain('2026年11月26日到账 2万元')
    expect(t).toContain('2026年11月28日已发放 2万元')
    expect(t).toContain('2026年11月29日到账 1万元')
    expect(t).toContain('应在2026年12月29日前发给您（还有27天）')
  })
})

describe('LeadsCard', () => {
  it('shows the verification clock on an open lead and the result on a checked one', () => {
    const base = {
      description: '肉牛约30头',
      location: '拉布大林嘎查北边的草场',
      urgent: false,
      photos: [{ id: 'f1', name: '牛群.jpg', mime: 'image/jpeg', size: 1000, sha256: 'x' }],
      submittedOn: '2026-11-20',
      submittedBy: 'applicant' as const,
      outcome: null,
      outcomeText: null,
      note: null,
      verifiedOn: null,
    }
    render(
      <LeadsCard
        leads={[
          { ...base, id: 'l-1', kind: 'livestock', kindName: '牲畜（牛、羊、马等）', verification: deadline('2026-11-27', '2026年11月27日前', 3) },
          {
            ...base,
            id: 'l-2',
            kind: 'vehicle',
            kindName: '车辆',
            description: '蒙E拖拉机一台',
            verification: deadline('2026-11-27', '2026年11月27日前', 3),
            verifiedOn: '2026-11-22',
            outcome: 'found',
            outcomeText: '属实',
          },
        ]}
      />,
    )
    const t = text()
    expect(t).toContain('法院核查期限：2026年11月27日前（还有3天）')
    expect(t).toContain('照片1张：牛群.jpg')
    expect(t).toContain('2026年11月22日已核查：属实')
  })
})

describe('TerminationCard', () => {
  it('explains the 终本: the conditions met, resuming at any time, and each six-monthly re-check', () => {
    const onResume = jest.fn()
    render(
      <TerminationCard
        onResume={onResume}
        t={{
          ruledOn: '2026-11-30',
          rulingNumber: '（2026）内0784执3号之二',
          conditions: [
            { id: '1', name: '已经发出执行通知，并责令被执行人报告财产', article: '《终本规定》第一条', met: true },
            { id: '4', name: '自立案之日起已经超过三个月', article: '《终本规定》第一条', met: true },
          ],
          resumeText: '发现被执行人有可供执行财产的，可以随时申请恢复执行，不受申请执行期限的限制',
          canResume: true,
          rechecksUntil: '2031-11-30',
          rechecks: [
            {
              number: 1,
              due: deadline('2027-05-30', '2027年5月30日前', 180),
              doneOn: '2027-05-20',
              found: false,
              text: '2027年5月20日网络查控：未发现可供执行的财产',
              resumedCaseId: null,
            },
            { number: 2, due: deadline('2027-11-30', '2027年11月30日前', 360), doneOn: null, found: null, text: '', resumedCaseId: null },
          ],
        }}
      />,
    )
    const t = text()
    expect(t).toContain('法院于2026年11月30日裁定终结本次执行程序（（2026）内0784执3号之二）')
    expect(t).toContain('已经发出执行通知，并责令被执行人报告财产已做到')
    expect(t).toContain('可以随时申请恢复执行')
    expect(t).toContain('到2031年11月30日为止')
    expect(t).toContain('2027年5月20日网络查控：未发现可供执行的财产')
    expect(t).toContain('应在2027年11月30日前（还有360天）复查')
    fireEvent.click(document.getElementById('apply-resume') as HTMLElement)
    expect(onResume).toHaveBeenCalled()
  })
})

describe('LeadForm', () => {
  it('says what is missing in words and sends photos by their ids', () => {
    expect(checkLead(emptyLead())).toEqual({
      kind: '请选择是什么财产',
      description: '请写一写财产的情况，例如多少头牛、什么车',
      location: '请写上在哪里可以找到它',
    })
    const d: LeadDraft = {
      kind: 'livestock',
      description: ' 肉牛约30头 ',
      location: '拉布大林嘎查',
      photos: [{ id: 'f1', name: '牛.jpg', mime: 'image/jpeg', size: 1, sha256: 'x' }],
      urgent: true,
      urgentReason: '',
    }
    expect(checkLead(d)).toEqual({ urgentReason: '请写明为什么紧急，例如对方正在卖牛' })
    expect(toLeadInput({ ...d, urgentReason: '他说下周卖牛' })).toEqual({
      kind: 'livestock',
      description: '肉牛约30头',
      location: '拉布大林嘎查',
      photoFileIds: ['f1'],
      urgent: true,
      urgentReason: '他说下周卖牛',
    })
  })

  it('offers every kind of lead and shows the hint of the one chosen', () => {
    let value = emptyLead()
    const onChange = (d: LeadDraft) => (value = d)
    const { rerender } = render(<LeadForm idPrefix='l' value={value} onChange={onChange} errors={{}} />)
    for (const name of [
      '银行账户存款',
      '牲畜（牛、羊、马等）',
      '草原/土地承包经营权',
      '农机具',
      '工资、劳务等收入',
      '别人欠他的钱（到期债权）',
      '股权、股份',
    ]) {
      expect(text()).toContain(name)
    }
    fireEvent.click(document.getElementById('l-kind-livestock') as HTMLElement)
    rerender(<LeadForm idPrefix='l' value={value} onChange={onChange} errors={{}} />)
    expect(value.kind).toBe('livestock')
    expect(text()).toContain('放在哪个嘎查或村的哪片草场')
  })
})
