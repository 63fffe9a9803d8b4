-- Who vouched for a letter template's text, and when: a person who read it in its language. A template whose text
-- changed since is unreviewed again (both NULL). Machine translations start unreviewed.
ALTER TABLE letter_template
    ADD COLUMN reviewed_by varchar(200),
    ADD COLUMN reviewed_at timestamptz,
    ADD CONSTRAINT letter_template_review_whole CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL));

-- The demo campaign's English letter is the original the others were translated from (DemoLetterTemplates); every
-- other template written so far was never reviewed under this rule, so it starts unreviewed.
UPDATE letter_template SET reviewed_by = 'demo', reviewed_at = updated_at
WHERE petition_slug = 'myanmar-arms-embargo' AND locale = 'en' AND updated_by = 'demo';
