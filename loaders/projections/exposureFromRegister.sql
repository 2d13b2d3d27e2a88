-- Person-years lived in each reported year by village, sex and age in completed years (85 = 85 and over).
-- Each spell [start_date, end_date) is cut to the year and split at the birthday of that year;
-- a birthday on 29 February falls on 1 March in common years (the age rule compares month and day).
WITH years AS (
  SELECT year, year_start AS y0, make_date(year + 1, 1, 1) AS y1 FROM reported_years()   -- the years the register covers whole
),
cut AS (
  SELECT r.village_code, p.sex, y.year, y.y0, y.y1,
         y.year - year(p.birth_date) - 1 AS age_before,
         CASE WHEN month(p.birth_date) = 2 AND day(p.birth_date) = 29 AND day(last_day(make_date(y.year, 2, 1))) = 28
              THEN make_date(y.year, 3, 1)
              ELSE make_date(y.year, month(p.birth_date), day(p.birth_date)) END AS birthday,
         greatest(r.start_date, y.y0) AS a,
         least(coalesce(r.end_date, y.y1), y.y1) AS b
  FROM residence AS r
  JOIN persons AS p USING (person_id)
  JOIN years AS y
    ON r.start_date < y.y1                               -- the spell begins before the year ends
   AND (r.end_date IS NULL OR r.end_date > y.y0)         -- and ends after it begins
),
pieces AS (
  SELECT village_code, sex, year, y0, y1, age_before AS age, a AS s, least(b, birthday) AS e FROM cut
  UNION ALL
  SELECT village_code, sex, year, y0, y1, age_before + 1 AS age, greatest(a, birthday) AS s, b AS e FROM cut
)
SELECT village_code, year, sex, least(age, 85)::INTEGER AS age,
       sum(date_diff('day', s, e) / date_diff('day', y0, y1))::DOUBLE AS person_years
FROM pieces
WHERE e > s          -- the piece is not empty (before birth, or the other side of the birthday)
  AND age >= 0       -- guards spells that start before the birth date
GROUP BY ALL
ORDER BY village_code, year, sex, age
