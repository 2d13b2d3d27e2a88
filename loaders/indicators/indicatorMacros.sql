-- Macros shared by the indicator queries. The age macro (age_in_full_years, 周岁) lives in
-- loaders/store/macros.sql and is created there; these are who counts in a year's population, and
-- the ratio and interval helpers.

-- Whether a spell counts in pop_start / pop_end of year Y, from the years it starts and ends in
-- (end_year NULL while open) and whether it is an 'initial' (期初) spell. With year_start Y-01-01
-- and year_end Y-12-31: start_date < Y-01-01 ⇔ start year < Y, start_date ≤ Y-12-31 ⇔ ≤ Y,
-- end_date ≥ Y-01-01 ⇔ end year ≥ Y, end_date > Y-12-31 ⇔ > Y.
--   pop_start: present on 1 January: arrived before Y (or listed at the start of the register)
--              and not gone before Y (a spell ending on Y-01-01 is still in: the person left during Y)
CREATE OR REPLACE TEMP MACRO in_pop_start(start_year, end_year, initial, year) AS
  (start_year < year OR initial) AND (end_year IS NULL OR end_year >= year);
--   pop_end:   present at the end of 31 December: arrived by then and not gone on or before it
CREATE OR REPLACE TEMP MACRO in_pop_end(start_year, end_year, year) AS
  start_year <= year AND (end_year IS NULL OR end_year > year);

-- numerator / denominator × per, or NULL when the denominator is 0 or NULL: a ratio with nothing
-- to divide by is "no data", never 0, Infinity or NaN.
CREATE OR REPLACE TEMP MACRO rate_or_null(numerator, denominator, per) AS
  CASE WHEN denominator IS NULL OR denominator = 0 THEN NULL
       ELSE numerator::DOUBLE / denominator::DOUBLE * per END;

-- Wilson score interval of a binomial share k / n at normal quantile z (Wilson 1927):
--   centre = (p + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) × √(p(1−p)/n + z²/4n²).
-- Bounds are clamped to [0, 1]; NULL when n = 0.
CREATE OR REPLACE TEMP MACRO wilson_low(k, n, z) AS
  CASE WHEN n = 0 THEN NULL ELSE greatest(0.0,
    ((k::DOUBLE / n) + z * z / (2.0 * n)
      - z * sqrt((k::DOUBLE / n) * (1 - k::DOUBLE / n) / n + z * z / (4.0 * n * n)))
    / (1 + z * z / n)) END;

CREATE OR REPLACE TEMP MACRO wilson_high(k, n, z) AS
  CASE WHEN n = 0 THEN NULL ELSE least(1.0,
    ((k::DOUBLE / n) + z * z / (2.0 * n)
      + z * sqrt((k::DOUBLE / n) * (1 - k::DOUBLE / n) / n + z * z / (4.0 * n * n)))
    / (1 + z * z / n)) END;

-- Approximate 95% interval of a Poisson count x (Byar's approximation, i.e. the Wilson–Hilferty
-- cube-root form of the exact chi-square bounds; Rothman & Boice 1979):
--   low  = x (1 − 1/(9x) − z/(3√x))³   (0 when x = 0)
--   high = (x+1) (1 − 1/(9(x+1)) + z/(3√(x+1)))³
CREATE OR REPLACE TEMP MACRO poisson_low(x, z) AS
  CASE WHEN x = 0 THEN 0.0
       ELSE greatest(0.0, x * pow(1 - 1 / (9.0 * x) - z / (3 * sqrt(x)), 3)) END;

CREATE OR REPLACE TEMP MACRO poisson_high(x, z) AS
  (x + 1) * pow(1 - 1 / (9.0 * (x + 1)) + z / (3 * sqrt(x + 1)), 3);
