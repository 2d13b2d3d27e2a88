-- Target checks (table target_checks): every target of ind_targets against every row of
-- village_year (each village and TOWN, each reported year).
--   actual = the indicator's value in village_year
--   status = 'no_data' when the indicator has no value; else 'met' when actual satisfies op
--            ('<=': actual ≤ value, '>=': actual ≥ value, 'between': value ≤ actual ≤ value_high),
--            else 'not_met'. A sex ratio at birth with boys born and no girl is unbounded: actual
--            stays empty, but the verdict is judged on +∞ (it has births, so it is not 'no_data').
--   conclusive = whether the verdict holds over the whole 95% interval [low, high] of the
--            indicator (the interval lies wholly inside or wholly outside the target's range);
--            NULL when status is 'no_data', and NULL for tfr, which has no interval model here;
--            FALSE for a coverage above 100% (more served than eligible), which is a data error.
--   inconclusive_reason = why conclusive is FALSE: 'small_numbers' (the interval reaches both
--            sides of the target) or 'served_exceeds_eligible'; NULL otherwise.
-- Intervals (z = $z), small numbers being what they are in a village:
--   birth_rate, death_rate, gfr: Byar's approximate Poisson interval of the count (births,
--     deaths, births), divided by the same denominator as the rate (pop_avg, pop_avg, women_15_49);
--   natural_growth_rate: [low(births) − high(deaths), high(births) − low(deaths)] / pop_avg × 1000,
--     every difference of values inside the two Poisson intervals (wider than a joint 95% interval);
--   sex_ratio_at_birth: [sex_ratio_at_birth_low, sex_ratio_at_birth_high], the upper bound being
--     unbounded when it is empty (no girls);
--   policy_compliance_rate, multichild_out_of_policy_rate, prepregnancy_check_coverage_rate: Wilson
--     interval of the share (births_policy_compliant of births_policy_recorded,
--     births_multichild_out_of_policy of births, prepregnancy_served of prepregnancy_eligible;
--     none for a coverage above 100%);
--   every other column (counts, structure shares, ratios of whole populations, funding) is a
--     complete count or amount, not a small-number estimate: its interval is the value itself.
WITH wanted AS (
  SELECT DISTINCT indicator FROM ind_targets
), long AS (
  FROM village_year
  UNPIVOT INCLUDE NULLS (actual FOR indicator IN (COLUMNS(* EXCLUDE (year, village_code, village_name, village_type))))
), bounds AS (
  SELECT l.year, l.village_code, l.indicator, l.actual::DOUBLE AS actual,
    CASE WHEN l.indicator = 'sex_ratio_at_birth' AND l.actual IS NULL AND v.births > 0 THEN 'infinity'::DOUBLE
         ELSE l.actual::DOUBLE END AS judged,
    l.indicator = 'prepregnancy_check_coverage_rate' AND v.prepregnancy_served > v.prepregnancy_eligible AS served_exceeds_eligible,
    CASE l.indicator
      WHEN 'birth_rate' THEN rate_or_null(poisson_low(v.births, $z), v.pop_avg, 1000)
      WHEN 'death_rate' THEN rate_or_null(poisson_low(v.deaths, $z), v.pop_avg, 1000)
      WHEN 'gfr' THEN rate_or_null(poisson_low(v.births, $z), v.women_15_49, 1000)
      WHEN 'natural_growth_rate' THEN rate_or_null(poisson_low(v.births, $z) - poisson_high(v.deaths, $z), v.pop_avg, 1000)
      WHEN 'sex_ratio_at_birth' THEN v.sex_ratio_at_birth_low
      WHEN 'policy_compliance_rate' THEN 100 * wilson_low(v.births_policy_compliant, v.births_policy_recorded, $z)
      WHEN 'multichild_out_of_policy_rate' THEN 100 * wilson_low(v.births_multichild_out_of_policy, v.births, $z)
      WHEN 'prepregnancy_check_coverage_rate' THEN
        CASE WHEN v.prepregnancy_served <= v.prepregnancy_eligible THEN 100 * wilson_low(v.prepregnancy_served, v.prepregnancy_eligible, $z) END
      WHEN 'tfr' THEN NULL
      ELSE l.actual END AS low,
    CASE l.indicator
      WHEN 'birth_rate' THEN rate_or_null(poisson_high(v.births, $z), v.pop_avg, 1000)
      WHEN 'death_rate' THEN rate_or_null(poisson_high(v.deaths, $z), v.pop_avg, 1000)
      WHEN 'gfr' THEN rate_or_null(poisson_high(v.births, $z), v.women_15_49, 1000)
      WHEN 'natural_growth_rate' THEN rate_or_null(poisson_high(v.births, $z) - poisson_low(v.deaths, $z), v.pop_avg, 1000)
      WHEN 'sex_ratio_at_birth' THEN
        CASE WHEN v.births > 0 THEN coalesce(v.sex_ratio_at_birth_high, 'infinity'::DOUBLE) END
      WHEN 'policy_compliance_rate' THEN 100 * wilson_high(v.births_policy_compliant, v.births_policy_recorded, $z)
      WHEN 'multichild_out_of_policy_rate' THEN 100 * wilson_high(v.births_multichild_out_of_policy, v.births, $z)
      WHEN 'prepregnancy_check_coverage_rate' THEN
        CASE WHEN v.prepregnancy_served <= v.prepregnancy_eligible THEN 100 * wilson_high(v.prepregnancy_served, v.prepregnancy_eligible, $z) END
      WHEN 'tfr' THEN NULL
      ELSE l.actual END AS high
  FROM long l
  JOIN village_year v USING (year, village_code)
  -- only the indicators some target asks about
  WHERE l.indicator IN (SELECT indicator FROM wanted)
), checks AS (
  SELECT b.year, b.village_code, t.ordinal, t.indicator, t.op, t.value, t.value_high, t.label, b.actual,
    CASE WHEN b.judged IS NULL THEN 'no_data'
         WHEN (t.op = '<=' AND b.judged <= t.value)
           OR (t.op = '>=' AND b.judged >= t.value)
           OR (t.op = 'between' AND b.judged >= t.value AND b.judged <= t.value_high) THEN 'met'
         ELSE 'not_met' END AS status,
    CASE WHEN b.judged IS NULL THEN NULL
         WHEN b.served_exceeds_eligible THEN FALSE
         WHEN t.op = '<=' THEN b.high <= t.value OR b.low > t.value
         WHEN t.op = '>=' THEN b.low >= t.value OR b.high < t.value
         ELSE (b.low >= t.value AND b.high <= t.value_high) OR b.high < t.value OR b.low > t.value_high
    END AS conclusive,
    b.served_exceeds_eligible
  FROM ind_targets t
  JOIN bounds b ON b.indicator = t.indicator
)
SELECT year, village_code, indicator, op, value, value_high, label, actual, status, conclusive,
  CASE WHEN served_exceeds_eligible THEN 'served_exceeds_eligible'
       WHEN NOT conclusive THEN 'small_numbers' END AS inconclusive_reason
FROM checks
ORDER BY year, village_code <> 'TOWN', village_code, ordinal
