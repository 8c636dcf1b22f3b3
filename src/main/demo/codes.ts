/**
 * 统一社会信用代码 for the demo firms: valid (both check characters), unique, registered in
 * 杨浦区 (310110) as 企业 (91). Firms founded after the 2015 reform get the "MA…" organisation
 * bodies Shanghai has issued since; older ones keep an all-digit former organisation code.
 */
import { CREDIT_CODE_CHARSET, checkCreditCode, composeCreditCode } from '../../shared/domain/credit-code'
import type { Rng } from './random'

export const YANGPU = '310110'

/** After 1 October 2015 new firms get a credit code directly. */
const REFORM = '2015-10-01'

export class CreditCodes {
  constructor(
    private readonly rng: Rng,
    /** Codes already in the ledger, never handed out again. */
    private readonly used = new Set<string>(),
  ) {}

  /** A fresh code for a firm founded on `establishedOn`. */
  next(establishedOn: string): string {
    for (;;) {
      const code = composeCreditCode('91', YANGPU, this.body(establishedOn))
      if (this.used.has(code)) continue
      // composeCreditCode builds valid codes; the check guards the demo against a change there.
      if (!checkCreditCode(code).ok) throw new Error(`demo credit code fails its check: ${code}`)
      this.used.add(code)
      return code
    }
  }

  private body(establishedOn: string): string {
    const r = this.rng
    if (establishedOn >= REFORM) {
      // MA1 + a letter/digit block, as on Shanghai licences (91310110MA1G…).
      let s = 'MA1' + r.pick(['F', 'G', 'G', 'H', 'J', 'K'])
      for (let i = 0; i < 4; i++) s += CREDIT_CODE_CHARSET[r.int(0, CREDIT_CODE_CHARSET.length - 1)]
      return s
    }
    // Former organisation codes: eight digits, commonly 13xx/32xx/55xx/60xx/63xx/67xx/69xx/74xx.
    let s = r.pick(['13', '32', '55', '60', '63', '67', '69', '74', '75', '78', '79'])
    for (let i = 0; i < 6; i++) s += String(r.int(0, 9))
    return s
  }
}
