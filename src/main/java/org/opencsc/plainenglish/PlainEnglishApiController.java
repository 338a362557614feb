package org.opencsc.plainenglish;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The plain-English check over JSON, for any letter or plan text. It reads no child's record and changes nothing. */
@ApiController("/api/v1")
class PlainEnglishApiController {

    private final PlainEnglish plainEnglish;

    PlainEnglishApiController(PlainEnglish plainEnglish) {
        this.plainEnglish = plainEnglish;
    }

    record CheckRequest(@Schema(description = "The text to check (required, at most 50,000 characters)") String text) {
    }

    record CheckResponse(Readability readability, List<Finding> findings,
                         @Schema(description = "Whether any finding blocks sending a letter") boolean blocking) {
    }

    @Operation(summary = "Checks a text for plain English: readability scores and findings",
            description = "Answers Flesch reading ease, Flesch-Kincaid grade and reading age, and each finding (kind: JARGON, "
                    + "ABBREVIATION, LONG_SENTENCE, PASSIVE_VOICE, HARD_TO_READ) with the words concerned, their start and end "
                    + "(UTF-16 offsets, end exclusive), a plain suggestion and whether it blocks sending. 400 naming text "
                    + "when it is missing, blank or over 50,000 characters.")
    @PostMapping("/plain-english/check")
    CheckResponse check(@RequestBody CheckRequest body) {
        Problems problems = new Problems();
        String text = body == null ? null : body.text();
        if (text == null || text.isBlank()) {
            problems.add("text", "Enter the text to check");
        } else if (text.length() > PlainEnglishService.MAX_CHARACTERS) {
            problems.add("text", "text must be " + String.format("%,d", PlainEnglishService.MAX_CHARACTERS)
                    + " characters or fewer; check it in parts");
        }
        problems.throwIfAny();
        PlainEnglishResult result = plainEnglish.check(text);
        return new CheckResponse(result.readability(), result.findings(), result.blocking());
    }
}
