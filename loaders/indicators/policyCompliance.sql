-- Policy compliance of the births of unit v in year Y (%).
--   births_policy_recorded          = births with policy_compliant recorded (是 or 否)
--   births_policy_compliant         = births recorded 是 (true)
--   policy_compliance_rate          = births_policy_compliant / births_policy_recorded × 100
--   births_multichild_out_of_policy = births with birth_order ≥ 3 and recorded 否 (false)
--   multichild_out_of_policy_rate   = births_multichild_out_of_policy / births × 100 (政策外多孩率)
-- A missing value is never counted as 否, and a missing birth_order never as ≥ 3. A value validation
-- could not read is missing too: a soft field's typo is blanked with a warning (loaders/validate/README.md).
-- Each rate is NULL when its denominator is 0.
WITH counts AS (
  SELECT g.year, g.village_code,
    -- 是 or 否 recorded: the denominator of the compliance rate
    count(b.sex) FILTER (WHERE b.policy_compliant IS NOT NULL) AS births_policy_recorded,
    -- recorded 是
    count(b.sex) FILTER (WHERE b.policy_compliant IS TRUE) AS births_policy_compliant,
    -- third or later child, recorded 否 (NULL order or NULL flag does not qualify)
    count(b.sex) FILTER (WHERE b.birth_order >= 3 AND b.policy_compliant IS FALSE) AS births_multichild_out_of_policy
  FROM ind_unit_years g
  LEFT JOIN ind_births b ON b.village_code = g.village_code AND b.year = g.year
  GROUP BY g.year, g.village_code
)
SELECT c.year, c.village_code,
       c.births_policy_recorded, c.births_policy_compliant,
       rate_or_null(c.births_policy_compliant, c.births_policy_recorded, 100) AS policy_compliance_rate,
       c.births_multichild_out_of_policy,
       rate_or_null(c.births_multichild_out_of_policy, e.births, 100) AS multichild_out_of_policy_rate
FROM counts c
JOIN ind_events e USING (year, village_code)
