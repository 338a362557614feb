-- The census header's SerialNo: a number that goes up with every export of the census, so the
-- council and the DfE can tell two files apart and know which came later. A sequence, not a
-- count of exports, because two exports at once must never take the same number (a gap, when an
-- export fails after taking one, does no harm: the number only has to increase).
CREATE SEQUENCE census_export_serial;
