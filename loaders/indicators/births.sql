-- Births, one row per birth and unit (the village of the birth spell, and TOWN).
-- A birth is a spell starting 'birth' (出生); its year is the year of start_date (= the child's
-- birth date, checked by validation). mother_age is the mother's age in full years (周岁) on the
-- child's birth date, NULL when the birth has no (valid) mother link.
SELECT s.unit_code AS village_code,
       year(s.start_date)::INTEGER AS year,
       s.sex,
       s.birth_order,
       s.policy_compliant,
       age_in_full_years(m.birth_date, s.birth_date) AS mother_age
FROM ind_unit_spells s
LEFT JOIN persons m ON m.person_id = s.mother_id
-- only spells that begin with the person's birth are births
WHERE s.start_reason = 'birth'
