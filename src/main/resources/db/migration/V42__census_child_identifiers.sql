-- Children in Need census items that the record had no place for yet (issue 11).
--
-- la_child_id: the LAchildID, stable for the child. Null for children created in OpenCSC, whose
-- LAchildID is their person id; a child imported from another system's census keeps the
-- LAchildID that system gave them, so the council's return stays continuous.
-- former_upn and upn_unknown_reason: the census FormerUPN and UPNunknown (UN1 ... UN10: why a
-- child has no UPN, for example UN1 "child is aged under 6 years old and is not yet in school").
-- date_of_death: PersonDeathDate.
ALTER TABLE person
    ADD COLUMN la_child_id        text UNIQUE CHECK (la_child_id ~ '^[A-Za-z0-9]{1,20}$'),
    ADD COLUMN former_upn         char(13),
    ADD COLUMN upn_unknown_reason text CHECK (upn_unknown_reason ~ '^UN([1-9]|10)$'),
    ADD COLUMN date_of_death      date;
