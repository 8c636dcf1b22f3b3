/**
 * What every registry export holds about a firm (issue #16 part 5): 企业类型, 经营范围,
 * 工商注册号 (the 15-digit number before the credit code; unique when present, like the code),
 * 登记机关, 登记状态 as the registry words it, and the currency of 注册资本 (blank = 人民币; a
 * foreign capital keeps its own amount, never converted).
 *
 * Added columns only: the enterprise table, its search triggers (0008, 0011) and the foreign
 * keys pointing at it stay as they are. 登记状态 keeps 迁出, 注销 and 吊销 apart in its own
 * column; the ledger's 状态 (在营/迁出/注销) is derived from it on import.
 */
export default `
ALTER TABLE enterprise ADD COLUMN company_type TEXT;
ALTER TABLE enterprise ADD COLUMN business_scope TEXT;
ALTER TABLE enterprise ADD COLUMN registration_no TEXT;
ALTER TABLE enterprise ADD COLUMN registration_authority TEXT;
ALTER TABLE enterprise ADD COLUMN registration_status TEXT
  CHECK (registration_status IN ('存续', '在业', '迁出', '注销', '吊销'));
ALTER TABLE enterprise ADD COLUMN capital_currency TEXT;
CREATE UNIQUE INDEX enterprise_registration_no ON enterprise (registration_no) WHERE registration_no IS NOT NULL;
`
