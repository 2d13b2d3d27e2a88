-- Reported years in which the whole register records no event at all (no birth, no death, no move
-- into or out of any village) although the register's own event rate makes that all but impossible.
-- A year's events are taken as Poisson with mean m = (events of all reported years / person-years of
-- all reported years) × the year's person-years; a year with none is listed when e^−m < 1/1000, i.e.
-- m > ln 1000 ≈ 6.9. A town of a few people may well have a quiet year; a town of thousands has not:
-- such a year is one the data do not reach (an extract_date later than the last update, or a missing
-- batch of changes), whose population is only the previous year's carried forward.
WITH by_year AS (
  SELECT year,
         sum(births + deaths + in_migrants + out_migrants) FILTER (WHERE village_code <> 'TOWN') AS events,
         any_value(pop_avg) FILTER (WHERE village_code = 'TOWN') AS person_years
  FROM village_year
  GROUP BY year
),
rate AS (
  SELECT sum(events) / nullif(sum(person_years), 0) AS events_per_person_year FROM by_year
)
SELECT year, (events_per_person_year * person_years)::DOUBLE AS expected_events
FROM by_year, rate
WHERE events = 0 AND events_per_person_year * person_years > ln(1000)
ORDER BY year
