-- Moves in each reported year by village, sex and age at the move in completed years (85 = 85 and over).
-- in_migrants: spells starting with 'in_migration'; out_migrants: spells ending with 'out_migration'.
-- internal_in / internal_out: the part of them that is a move between two villages of the town on the
-- same date by the same person (internal for the town: it cancels in the town's net migration).
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
),
moves AS (
  SELECT person_id, village_code, start_date AS d, 1 AS direction
  FROM residence
  WHERE start_reason = 'in_migration'                     -- arrivals
  UNION ALL
  SELECT person_id, village_code, end_date AS d, -1 AS direction
  FROM residence
  WHERE end_reason = 'out_migration'                      -- departures
),
flagged AS (
  SELECT m.*,
         EXISTS (SELECT 1 FROM moves AS o
                 WHERE o.person_id = m.person_id AND o.d = m.d AND o.direction = -m.direction
                   AND o.village_code <> m.village_code) AS internal
  FROM moves AS m
)
SELECT f.village_code,
       year(f.d)::INTEGER AS year,
       p.sex,
       least(greatest(age_in_full_years(p.birth_date, f.d), 0), 85)::INTEGER AS age,
       sum(CASE WHEN f.direction = 1 THEN 1 ELSE 0 END)::DOUBLE AS in_migrants,
       sum(CASE WHEN f.direction = -1 THEN 1 ELSE 0 END)::DOUBLE AS out_migrants,
       sum(CASE WHEN f.direction = 1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_in,
       sum(CASE WHEN f.direction = -1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_out
FROM flagged AS f
JOIN persons AS p USING (person_id)
WHERE year(f.d) IN (SELECT year FROM years)               -- in a fully covered year
GROUP BY ALL
ORDER BY f.village_code, year, p.sex, age
