-- Moves in each reported year by village, sex and age at the move in completed years (85 = 85 and over).
-- in_migrants: spells starting with 'in_migration'; out_migrants: spells ending with 'out_migration'.
-- internal_in / internal_out: the part of them that is a move between two villages of the town on the
-- same date by the same person (internal for the town: it cancels in the town's net migration).
-- $age_width is 1 for single years of age, or 5 for the five-year groups 0–4 … 85+ numbered 0 … 17
-- (the projections use moves only by group: counted so in the one aggregation, byAgeGroup.ts).
-- The spells come joined to their person from register_spells (registerSpells.sql): the person is
-- person_number there, the village village_number, the sex female.
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
),
arrivals AS (
  SELECT person_number, village_number, female, birth_date, start_date AS d FROM register_spells WHERE arrived
),
departures AS (
  SELECT person_number, village_number, female, birth_date, end_date AS d FROM register_spells WHERE departed
),
internal AS (
  -- a departure and an arrival of one person on one date in two different villages: one move inside
  -- the town, flagged on both rows (the few such pairs, found by one join)
  SELECT a.person_number, a.d, a.village_number AS arrival_village, o.village_number AS departure_village
  FROM arrivals AS a
  JOIN departures AS o ON o.person_number = a.person_number AND o.d = a.d AND o.village_number <> a.village_number
),
flagged AS (
  SELECT a.village_number, a.female, a.birth_date, a.d, 1 AS direction,
         EXISTS (SELECT 1 FROM internal AS i
                 WHERE i.person_number = a.person_number AND i.d = a.d AND i.arrival_village = a.village_number) AS internal
  FROM arrivals AS a
  UNION ALL
  SELECT o.village_number, o.female, o.birth_date, o.d, -1 AS direction,
         EXISTS (SELECT 1 FROM internal AS i
                 WHERE i.person_number = o.person_number AND i.d = o.d AND i.departure_village = o.village_number) AS internal
  FROM departures AS o
)
SELECT n.village_code,
       year(f.d)::INTEGER AS year,
       CASE WHEN f.female THEN 'F' ELSE 'M' END AS sex,
       least(greatest(age_in_full_years(f.birth_date, f.d), 0) // $age_width, 85 // $age_width)::INTEGER AS age,
       sum(CASE WHEN f.direction = 1 THEN 1 ELSE 0 END)::DOUBLE AS in_migrants,
       sum(CASE WHEN f.direction = -1 THEN 1 ELSE 0 END)::DOUBLE AS out_migrants,
       sum(CASE WHEN f.direction = 1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_in,
       sum(CASE WHEN f.direction = -1 AND f.internal THEN 1 ELSE 0 END)::DOUBLE AS internal_out
FROM flagged AS f
JOIN spell_villages AS n USING (village_number)
WHERE year(f.d) IN (SELECT year FROM years)               -- in a fully covered year
GROUP BY ALL
ORDER BY n.village_code, year, sex, age
