-- Moves inside the town, per calendar year (moves).
-- A move inside the town is a spell ending 'out_migration' (迁出) and a spell starting
-- 'in_migration' (迁入) of the same person on the same date. For each person and date the number of
-- moves is least(ends 迁出 that day, starts 迁入 that day), so every move pairs one end with one
-- start. Villages count both halves (out of one, into the other); TOWN counts neither.
WITH starts AS (
  SELECT person_id, start_date AS move_date, count(*) AS n_in
  FROM residence
  -- the arriving half of a move
  WHERE start_reason = 'in_migration'
  GROUP BY person_id, start_date
), ends AS (
  SELECT person_id, end_date AS move_date, count(*) AS n_out
  FROM residence
  -- the leaving half of a move
  WHERE end_reason = 'out_migration'
  GROUP BY person_id, end_date
)
SELECT year(move_date)::INTEGER AS year, sum(least(n_in, n_out)) AS moves
FROM starts
JOIN ends USING (person_id, move_date)
GROUP BY year(move_date)
