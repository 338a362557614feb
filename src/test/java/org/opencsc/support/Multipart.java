package org.opencsc.support;

import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part, as a browser's file upload sends it. */
public record Multipart(String contentType, byte[] body) {

    private static final String BOUNDARY = "----OpenCscTestBoundary7MA4YWxkTrZu0gW";

    public static Multipart file(String field, String fileName, String content) {
        return file(field, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Multipart file(String field, String fileName, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return new Multipart("multipart/form-data; boundary=" + BOUNDARY, body);
    }
}
