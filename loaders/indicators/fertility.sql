-- Fertility of unit v in year Y.
--   women_15_49 = (women of pop_start aged 15–49 on Y-01-01 + women of pop_end aged 15–49 on
--                 Y-12-31) / 2                                             (women, two-point average)
--   gfr = births / women_15_49 × 1000       (‰; all births of Y, whatever the mother's age or link)
--   tfr = 5 × Σ over groups 15–19 … 45–49 of births to mothers of that age / women_avg of that group
--         (children per woman; a group with no women adds 0; births with no mother or a mother
--         outside 15–49 are left out)
-- gfr and tfr are NULL when women_15_49 = 0.
WITH groups AS (
  SELECT year, village_code,
         sum(women_avg) AS women_15_49,
         -- summed in age order: a sum of doubles in whatever order the rows come gives different last
         -- digits from run to run
         5 * list_sum(list(CASE WHEN women_avg = 0 THEN 0 ELSE births / women_avg END ORDER BY age_group_start)) AS tfr_sum
  FROM ind_women_by_age_group
  GROUP BY year, village_code
)
SELECT g.year, g.village_code, g.women_15_49,
       rate_or_null(e.births, g.women_15_49, 1000) AS gfr,
       CASE WHEN g.women_15_49 = 0 THEN NULL ELSE g.tfr_sum END AS tfr
FROM groups g
JOIN ind_events e USING (year, village_code)
