package org.opencsc.calendar;

import java.time.LocalDate;

public record BankHoliday(LocalDate day, String title) {
}
