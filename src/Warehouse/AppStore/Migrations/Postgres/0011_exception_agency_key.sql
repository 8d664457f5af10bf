-- A data-quality flag is about one agency's return: two agencies' low scores in the same quarter are two flags, so the
-- flag's identity carries its agency (none for flags about an indicator).
ALTER TABLE exceptions DROP CONSTRAINT IF EXISTS exceptions_kind_indicator_id_area_code_period_key_key;
CREATE UNIQUE INDEX IF NOT EXISTS ux_exceptions_flag ON exceptions (kind, indicator_id, area_code, period_key, COALESCE(agency_id, ''));
