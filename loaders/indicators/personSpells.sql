-- Residence spells joined to their person: every validated spell with its person's sex, birth date,
-- hukou type, mother, birth order and policy flag (one row per spell).
SELECT r.village_code, r.person_id, r.start_date, r.start_reason, r.end_date, r.end_reason,
       p.sex, p.birth_date, p.hukou_type, p.mother_id, p.birth_order, p.policy_compliant
FROM residence r
JOIN persons p USING (person_id)
