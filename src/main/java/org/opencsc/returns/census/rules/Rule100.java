package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import org.opencsc.returns.census.CensusHeader;
import org.springframework.stereotype.Component;

/** 100: the header's ReferenceDate is present and is 31 March of the collection year. */
@Component
class Rule100 implements CensusRule {

    @Override
    public String code() {
        return "100";
    }

    @Override
    public String message() {
        return "Reference Date is incorrect";
    }

    @Override
    public void checkHeader(CensusHeader header, RuleContext context, Problems problems) {
        var referenceDate = header == null ? null : header.referenceDate();
        if (referenceDate == null || !referenceDate.equals(context.referenceDate())) {
            problems.reportHeader(this, of("ReferenceDate", referenceDate));
        }
    }
}
