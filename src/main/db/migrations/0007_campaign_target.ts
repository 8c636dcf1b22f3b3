/**
 * A campaign's coverage target (覆盖率目标, %): the line the dashboard draws across its
 * coverage bars. Blank means the dashboard's own default.
 */
export default `
ALTER TABLE campaign ADD COLUMN target_coverage REAL
  CHECK (target_coverage IS NULL OR (target_coverage >= 0 AND target_coverage <= 100));
`
