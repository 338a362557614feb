package org.opencsc.returns.annexa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A download over real HTTP as a demo user (HTTP Basic), kept as bytes: a workbook is not text. */
record Download(int status, String contentType, String disposition, byte[] body) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Download get(int port, String username, String path) {
        return get(port, path, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** With another header: a browser's session cookie. */
    static Download get(int port, String path, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(header, value)
                .GET().build();
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
