package org.opencsc.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before any filter or controller runs: a request line or headers
 * over the size limit, an address it cannot decode ({@code %00}, a lone {@code %}), a malformed
 * request line. Its default page is Tomcat's HTML with its version; this answers problem+json
 * for an /api address, and for a request line Tomcat could not read an address from at all,
 * and a plain GOV.UK-style page for any other address. Installed by class name in
 * place of Tomcat's valve (see {@link ContainerErrorReportConfig}), so it has no Spring beans
 * and writes both bodies by hand.
 * <p>
 * A 400 names the field {@code path}: the one thing wrong is the address (or the headers) as
 * sent, which Tomcat refused before it could tell which part.
 */
public class ContainerErrorReport extends ErrorReportValve {

    public ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String detail = code == 400 || code == 414 || code == 431
                ? "The address or headers of the request could not be read: they may be too long (over "
                + ContainerErrorReportConfig.MAX_HEADER_KB + " KB) or hold characters that are not allowed."
                : code >= 500 ? "Something went wrong on our side. Please try again." : "The request could not be completed.";
        String uri = safeUri(request);
        try {
            response.setCharacterEncoding("UTF-8");
            // Tomcat has no address when the request line itself was refused (over the size limit, or
            // characters no browser sends): that is a client's request, not a page someone opened.
            if (uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/")) {
                response.setContentType("application/problem+json");
                write(response, problem(code, title, detail));
            } else {
                response.setContentType("text/html");
                write(response, page(title, detail));
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is going; there is no one to answer.
        }
    }

    private static void write(Response response, String body) throws IOException {
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }

    /** The undecoded address, if Tomcat got as far as reading one. */
    private static String safeUri(Request request) {
        try {
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null ? "" : uri;
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String problem(int code, String title, String detail) {
        String errors = code == 400
                ? ",\"errors\":[{\"field\":\"path\",\"message\":\"" + detail + "\"}]"
                : "";
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\""
                + errors + "}";
    }

    static String page(String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template govuk-template--rebranded">
                <head><meta charset="utf-8"><title>%s - OpenCSC</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                <link rel="stylesheet" href="/css/opencsc.css"></head>
                <body class="govuk-template__body">
                <header class="govuk-header opencsc-header"><div class="govuk-header__container govuk-width-container">
                <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">
                <span class="opencsc-header__name">OpenCSC</span></a></div></div></header>
                <div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
                <h1 class="govuk-heading-l">There is a problem with the request</h1>
                <p class="govuk-body">%s</p>
                <p class="govuk-body"><a class="govuk-link" href="/">Go to my work</a></p>
                </main></div></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail));
    }
}
