-- Sex ratio at birth of unit v in year Y (boys per 100 girls born in Y), with its 95% interval.
--   sex_ratio_at_birth = births_male / births_female × 100           (NULL when births_female = 0)
--   Interval: Wilson score interval [pL, pH] of the male share p = births_male / births, at
--   z = $z (1.959964), each bound converted to a ratio by p / (1 − p) × 100:
--   sex_ratio_at_birth_low  = pL / (1 − pL) × 100   (0 when births_male = 0)
--   sex_ratio_at_birth_high = pH / (1 − pH) × 100   (NULL when pH reaches 1, which happens exactly
--                                                    when births_female = 0; tested on that count
--                                                    so that rounding cannot decide it)
-- All three NULL when there is no birth. Village numbers are small: read the interval.
WITH shares AS (
  SELECT year, village_code, births_male, births_female,
         wilson_low(births_male, births, $z) AS p_low,
         wilson_high(births_male, births, $z) AS p_high
  FROM ind_events
)
SELECT year, village_code,
       rate_or_null(births_male, births_female, 100) AS sex_ratio_at_birth,
       CASE WHEN births_male + births_female = 0 THEN NULL
            WHEN births_male = 0 THEN 0.0
            ELSE p_low / (1 - p_low) * 100 END AS sex_ratio_at_birth_low,
       CASE WHEN births_female = 0 OR p_high >= 1 THEN NULL
            ELSE p_high / (1 - p_high) * 100 END AS sex_ratio_at_birth_high
FROM shares
