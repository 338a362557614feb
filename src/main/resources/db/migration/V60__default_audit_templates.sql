-- Quality assurance (issue 14, part T): the templates OpenCSC ships, and an edit counter on a template.

-- V59's audit_template.version numbers the versions of a series; it is not a lock. An unused
-- version may be edited in place, so two QA officers editing it at once need a counter to claim
-- (a stale form is a 409, never a lost update), as other tables' "version" columns are claimed.
ALTER TABLE audit_template ADD COLUMN revision int NOT NULL DEFAULT 0;

-- The default case audit is built around the child's experience (Knowsley 2022 found audits
-- "overly focused on compliance and process"): what life is like for the child, their voice, the
-- impact of help and the plan's outcomes come before process. A few questions are for partner
-- agencies' auditors in a multi-agency audit (audit_template_question.agency).
DO $$
DECLARE
    t bigint;
    s bigint;
BEGIN
    INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
    VALUES (0, 1, 'Case audit: the child''s experience',
            'Looks at what life is like for the child and what difference our help is making: the child''s voice, '
            || 'the impact of help, whether the plan''s outcomes are being achieved, management oversight and how '
            || 'risk is understood. Compliance with timescales matters only for what it means for the child.',
            'CASE_AUDIT', now())
    RETURNING id INTO t;
    UPDATE audit_template SET series_id = t WHERE id = t;

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 1, 'The child''s lived experience and voice',
            'Read the record as the child would experience it. Good practice shows the child seen, heard and understood.')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'What is daily life like for this child, and how well does the record show it?',
         'Look for a picture of the child''s day, their relationships and what worries or pleases them, not only events.', NULL),
        (s, 2, 'Is the child seen, and seen alone where that is right for them, at the frequency the plan sets?',
         'Check visits against the plan. Note the child''s age and understanding; for a baby, observation counts.', NULL),
        (s, 3, 'Are the child''s wishes and feelings recorded in their own words, and have they shaped the plan?',
         'Quote the child where the record does. Look for direct work and for the plan changing because of what the child said.', NULL),
        (s, 4, 'Does the work take account of the child''s identity: culture, faith, language, disability?',
         'Was an interpreter or advocate used where needed? Are the child''s identity needs in the plan?', NULL),
        (s, 5, 'What does school or the setting know about the child''s attendance, progress and wellbeing?',
         'For the education auditor: is what school knows shared and reflected in the assessment and plan?', 'EDUCATION');

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 2, 'Assessment and analysis of risk',
            'A good assessment explains what the history means for the child now and what needs to change.')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'Does the assessment analyse the risks and strengths, using the chronology, rather than only describe them?',
         'Look for patterns across time, the impact of past harm, and the family''s capacity to change.', NULL),
        (s, 2, 'Is the level of need right for what is known, and was it reconsidered when things changed?',
         'Consider step-up and step-down decisions and the reasons given for them.', NULL),
        (s, 3, 'Is police information about the household known, shared and reflected in the assessment of risk?',
         'For the police auditor: incidents, domestic abuse notifications, and whether they were shared in time.', 'POLICE');

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 3, 'The plan and its outcomes',
            'Plans should say what will be different for the child, by when, and what happens if it is not.')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'Does the plan have clear outcomes for the child, with who does what by when, written so the family understand it?',
         'Outcomes describe change in the child''s life, not services attended.', NULL),
        (s, 2, 'Is there a contingency plan that says what will happen if things do not improve?', NULL, NULL),
        (s, 3, 'Is the plan progressing without drift or delay, and reviewed when it is not?',
         'Compare outcome scores and review dates; note any drift and its cause.', NULL),
        (s, 4, 'Are the child''s health needs (development, immunisations, dental, emotional health) known and in the plan?',
         'For the health auditor: is what health services know reflected in the plan?', 'HEALTH');

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 4, 'The impact of help',
            'The question that matters most: is the child''s life better because of what we have done?')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'What has changed for the child because of our involvement, and how do we know?',
         'Look for evidence of change in the child''s life, not only activity by professionals.', NULL),
        (s, 2, 'Do the parents and carers understand the worries and what needs to change, and are they working with the plan?', NULL, NULL);

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 5, 'Management oversight and supervision',
            'Oversight should show the manager knows the whole story and directs the work.')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'Is there regular, reflective management oversight on the record that gives clear direction, and was it followed?',
         'Look at oversight entries, supervision and whether actions were completed by their dates.', NULL),
        (s, 2, 'Are critical decisions recorded with who made them, why, and the alternatives considered?', NULL, NULL);

    -- A dip sample looks at one theme across many children quickly (Liverpool 2021: "dip sampling").
    INSERT INTO audit_template (series_id, version, name, purpose, kind, created_at)
    VALUES (0, 1, 'Dip sample: the child seen, heard and planned for',
            'A short check of one theme across many children: is the child seen and heard, is there a plan with '
            || 'a contingency, and is a manager overseeing the work?',
            'DIP_SAMPLE', now())
    RETURNING id INTO t;
    UPDATE audit_template SET series_id = t WHERE id = t;

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 1, 'The theme in this child''s record',
            'Answer for the round''s theme; a sentence or two with a pointer to the evidence is enough.')
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'Is there clear evidence on the record for the theme of this dip sample?', NULL, NULL),
        (s, 2, 'Was the child seen (alone where right) at the last visit, with their words recorded?', NULL, NULL);

    INSERT INTO audit_template_section (template_id, position, title, guidance)
    VALUES (t, 2, 'Plan and oversight', NULL)
    RETURNING id INTO s;
    INSERT INTO audit_template_question (section_id, position, question, guidance, agency) VALUES
        (s, 1, 'Is there a current plan with a contingency?', NULL, NULL),
        (s, 2, 'Is there management oversight in the last three months that gives direction?', NULL, NULL);
END $$;
