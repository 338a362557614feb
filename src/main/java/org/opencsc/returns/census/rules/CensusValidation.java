package org.opencsc.returns.census.rules;

import java.util.List;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.returns.census.CensusMessage;
import org.opencsc.returns.census.CensusYear;
import org.springframework.stereotype.Service;

/** Every DfE rule (each a {@link CensusRule} component), over the council's working-day calendar. */
@Service
public class CensusValidation {

    private final CensusValidator validator;
    private final WorkingDayCalendar calendar;

    CensusValidation(List<CensusRule> rules, WorkingDayCalendar calendar) {
        this.validator = new CensusValidator(rules);
        this.calendar = calendar;
    }

    public List<CensusRule> rules() {
        return validator.rules();
    }

    public List<CensusProblem> validate(CensusMessage message, CensusYear year) {
        return validator.validate(message, year, calendar.workingDays());
    }
}
