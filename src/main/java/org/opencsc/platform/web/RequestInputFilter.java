package org.opencsc.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.ForbiddenCharacters;
import org.opencsc.platform.validation.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one place where what a client sent is checked before anything reads it, for pages and
 * API alike: no body over {@link #MAX_BODY_BYTES} (a file sent to the returns: {@link #MAX_UPLOAD_BYTES}), and no control character or half a surrogate
 * pair (see {@link ForbiddenCharacters}) in a query parameter, a form field or any string or
 * property name of a JSON body. A refusal names the parameter or the JSON field and is answered by
 * {@link ErrorResponses}: problem+json under /api, a GOV.UK page otherwise.
 * <p>
 * It runs before Spring Security, so the sign-in form and every later filter see only clean
 * input. A JSON body is read here once and handed on; a body that is not JSON is left for
 * Jackson to refuse with its own message.
 */
class RequestInputFilter extends OncePerRequestFilter {

    /** Far more than any form or JSON body OpenCSC takes (a plan with every need and action is a few KB). */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    /**
     * A file uploaded to the returns: a census file is about 1 KB a child, so 25,000 children
     * are some 30 MB; twice that leaves room for a council larger still. Keep it equal to
     * spring.servlet.multipart.max-request-size in application.yml.
     */
    static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

    /** A document uploaded to a person's record (document.Documents caps it at opencsc.documents.max-bytes). */
    private static final java.util.regex.Pattern DOCUMENT_UPLOAD = java.util.regex.Pattern.compile("(/api/v1)?/people/\\d+/documents");

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        List.of(new FieldProblem("file", uploadTooLarge())));
                return;
            }
        } else if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    List.of(new FieldProblem(JsonFieldNames.BODY, tooLarge())));
            return;
        }
        HttpServletRequest checked = request;
        if (isJson(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        List.of(new FieldProblem(JsonFieldNames.BODY, tooLarge())));
                return;
            }
            String field = jsonFieldWithControlCharacter(body);
            if (field != null) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        List.of(new FieldProblem(field, field + " " + ForbiddenCharacters.MESSAGE)));
                return;
            }
            checked = new CachedBody(request, body);
        }
        // Query parameters and, for a form post, its fields (Tomcat parses both here).
        for (Map.Entry<String, String[]> p : checked.getParameterMap().entrySet()) {
            boolean bad = ForbiddenCharacters.in(p.getKey());
            for (String value : p.getValue()) {
                bad |= ForbiddenCharacters.in(value);
            }
            if (bad) {
                String name = ForbiddenCharacters.in(p.getKey()) ? "parameter name" : p.getKey();
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        List.of(new FieldProblem(name, name + " " + ForbiddenCharacters.MESSAGE)));
                return;
            }
        }
        chain.doFilter(checked, response);
    }

    /**
     * A file sent to the returns (a census file of a large council is tens of MB): a multipart
     * form or an XML body under /returns or /api/v1/returns. Its size is capped here by its
     * Content-Length, and when it has none by spring.servlet.multipart (the same figure) or by
     * the reader of the file.
     */
    private static boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI();
        String type = request.getContentType();
        if (path == null || type == null || !(path.startsWith("/returns/") || path.startsWith("/api/v1/returns/")
                || DOCUMENT_UPLOAD.matcher(path).matches())) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.MULTIPART_FORM_DATA) || media.isCompatibleWith(MediaType.APPLICATION_XML)
                    || media.isCompatibleWith(MediaType.TEXT_XML);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false; // Spring answers an unreadable Content-Type itself
        }
    }

    /** The first string value or property name holding a control character, or null. */
    private static String jsonFieldWithControlCharacter(byte[] body) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), body)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME && ForbiddenCharacters.in(p.currentName())) {
                    return JsonFieldNames.of(p.streamReadContext().getParent());
                }
                if (t == JsonToken.VALUE_STRING && ForbiddenCharacters.in(p.getString())) {
                    return JsonFieldNames.of(p.streamReadContext());
                }
            }
            return null;
        } catch (JacksonException e) {
            return null; // not JSON: Jackson refuses it again, with its own message, when the controller reads it
        }
    }

    static String uploadTooLarge() {
        return "The file is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB, the largest OpenCSC takes";
    }

    private static String tooLarge() {
        return "The request is larger than " + MAX_BODY_BYTES / 1024 + " KB";
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
                               List<FieldProblem> problems) throws IOException {
        request.setAttribute(ErrorResponses.PROBLEMS, problems);
        response.sendError(status, problems.getFirst().message());
    }

    /** The request with its JSON body already read, so the controller can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        private Charset charset() {
            try {
                return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
