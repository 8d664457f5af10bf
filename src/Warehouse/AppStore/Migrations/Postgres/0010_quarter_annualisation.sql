-- Whether a quarter's figure of an indicator is sent as a yearly rate (None, or Times4: the quarter's count × 4), as
-- the catalogue's quarter_annualisation column says. A catalogue seeded before the column existed said it only in the
-- definition's words ("quarterly figures are annualised (times 4)"), which is what the service read until now; those
-- indicators keep their meaning.
ALTER TABLE indicators ADD COLUMN quarter_annualisation TEXT NOT NULL DEFAULT 'None';

UPDATE indicators SET quarter_annualisation = 'Times4'
WHERE value_type = 'Rate' AND frequency = 'Quarterly' AND lower(definition) LIKE '%annualised (times 4)%';
