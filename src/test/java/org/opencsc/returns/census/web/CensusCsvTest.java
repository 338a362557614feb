package org.opencsc.returns.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.returns.census.rules.CensusModule;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.RuleType;

class CensusCsvTest {

    @Test
    void quotesAFieldOnlyWhenRfc4180AsksAndDoublesItsQuotes() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvWriter.field(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesOneRowAProblemUnderTheHeaderWithCrlfLineEnds() {
        CensusProblem factors = new CensusProblem("8869", RuleType.ERROR, "Factors, must be present", "C1,2", 12L,
                CensusModule.ASSESSMENTS, 40L, List.of(CensusProblem.Field.of("AssessmentFactors", null),
                CensusProblem.Field.of("AssessmentAuthorisationDate", "2025-06-01")));
        CensusProblem query = new CensusProblem("8525Q", RuleType.QUERY, "Check the UPN", "=cmd", null,
                CensusModule.CHILD_IDENTIFIERS, null, List.of(CensusProblem.Field.of("UPN", "A1")));
        StringWriter out = new StringWriter();
        CensusCsv.write(List.of(factors, query), out);
        assertThat(out.toString()).isEqualTo(
                "LAchildID,rule_code,type,module,fields,message\r\n"
                        + "\"C1,2\",8869,error,Assessments,AssessmentFactors=; AssessmentAuthorisationDate=2025-06-01,"
                        + "\"Factors, must be present\"\r\n"
                        + "'=cmd,8525Q,query,ChildIdentifiers,UPN=A1,Check the UPN\r\n");
    }
}
