-- Moves in each reported year by village, sex and age at the move in completed years (85 = 85 and over).
-- in_migrants: spells starting with 'in_migration'; out_migrants: spells ending with 'out_migration'.
-- internal_in / internal_out: the part of them that is a move between two villages of the town on the
-- same date by the same person (internal for the town: it cancels in the town's net migration).
-- $age_width is 1 for single years of age, or 5 for the five-year groups 0–4 … 85+ numbered 0 … 17
-- (the projections use moves only by group: counted so in the one aggregation, byAgeGroup.ts).
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
),
arrivals AS (
  SELECT person_id, village_code, start_date AS d FROM residence WHERE start_reason = 'in_migration'
),
departures AS (
  SELECT person_id, village_code, end_date AS d FROM residence WHERE end_reason = 'out_migration'
),
internal AS (
  -- a departure and an arrival of one person on one date in two different villages: one move inside
  -- the town, flagged on both rows (the few such pairs, found by one join)
  SELECT a.person_id, a.d, a.village_code AS arrival_village, o.village_code AS departure_village
  FROM arrivals AS a
  JOIN departures AS o ON o.person_id = a.person_id AND o.d = a.d AND o.village_code <> a.village_code
),
flagged AS (
  SELECT a.person_id, a.village_code, a.d, 1 AS direction,
         EXISTS (SELECT 1 FROM internal AS i
                 WHERE i.person_id = a.person_id AND i.d = a.d AND i.arrival_village = a.village_code) AS internal
  FROM arrivals AS a
  UNION ALL
  SELECT o.person_id, o.village_code, o.d, -1 AS direction,
         EXISTS (SELECT 1 FROM internal AS i
                 WHERE i.person_id = o.person_id AND i.d = o.d AND i.departure_village = o.village_code) AS internal
  FROM departures AS o
)
SELECT f.village_code,
       year(f.d)::INTEGER AS year,
       p.sex,
       least(greatest(age_in_full_years(p.birth_date, f.d), 0) // $age_width, 85 // $age_width)::INTEGER AS age,
       sum(CASE WHEN f.direction = 1 THEN 1 ELSE 0 END)::DOUBLE AS in_migrants,
       sum(CASE WHEN f.direction = -1 THEN 1 ELSE 0 END)::DOUBLE AS out_migrants,
       sum(CASE WHEN f.direction = 1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_in,
       sum(CASE WHEN f.direction = -1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_out
FROM flagged AS f
JOIN persons AS p USING (person_id)
WHERE year(f.d) IN (SELECT year FROM years)               -- in a fully covered year
GROUP BY ALL
ORDER BY f.village_code, year, p.sex, age
