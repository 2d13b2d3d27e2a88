-- Crude vital rates of unit v in year Y (‰, per 1,000 of the average population of Y):
--   birth_rate          = births / pop_avg × 1000
--   death_rate          = deaths / pop_avg × 1000
--   natural_growth_rate = (births − deaths) / pop_avg × 1000
-- NULL when pop_avg = 0. TOWN uses TOWN's own counts, never an average of village rates.
SELECT p.year, p.village_code,
       rate_or_null(e.births, p.pop_avg, 1000) AS birth_rate,
       rate_or_null(e.deaths, p.pop_avg, 1000) AS death_rate,
       rate_or_null(e.natural_increase, p.pop_avg, 1000) AS natural_growth_rate
FROM ind_population_counts p
JOIN ind_events e USING (year, village_code)
