package org.opencsc.returns.census.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies an upload to a temporary file (so it can be checked and then parsed without being held
 * in memory twice), stopping at the size cap, and on the way checks that it is UTF-8: the
 * declaration must not name another encoding, and every byte must be valid UTF-8. Xerces would
 * also notice bad bytes, but here the problem gets an exact line and column and a message that
 * says what to do.
 */
final class SpooledFile {

    private static final Pattern ENCODING = Pattern.compile(
            "\\A(?:\\xEF\\xBB\\xBF)?<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private int line = 1;
    private int column = 1;
    private boolean lastWasCarriageReturn;

    SpooledFile(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Copies {@code in} to {@code to}; a problem means the copy stopped and the file is refused. */
    Optional<FileProblem> copy(InputStream in, Path to) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
        long total = 0;
        boolean first = true;
        try (OutputStream out = Files.newOutputStream(to)) {
            int read;
            while ((read = readFully(in, buffer)) > 0) {
                if (first) {
                    first = false;
                    Optional<FileProblem> wrong = checkStart(buffer, read);
                    if (wrong.isPresent()) {
                        return wrong;
                    }
                }
                total += read;
                if (total > maxBytes) {
                    return Optional.of(new FileProblem(line, column, "The file is larger than "
                            + size(maxBytes) + ", the most a census file may be, so it was not read. "
                            + "(A census of 25,000 children is about 30 MB.)"));
                }
                out.write(buffer, 0, read);
                pending.put(buffer, 0, read).flip();
                Optional<FileProblem> bad = decode(pending, false);
                if (bad.isPresent()) {
                    return bad;
                }
                pending.compact();
            }
        }
        if (total == 0) {
            return Optional.of(new FileProblem(1, 1, "The file is empty."));
        }
        pending.flip();
        Optional<FileProblem> bad = decode(pending, true);
        if (bad.isPresent()) {
            return bad;
        }
        return Optional.empty();
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Fills the buffer unless the stream ends (so the first check sees the whole declaration). */
    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    /** A byte-order mark or NULs mean UTF-16 or UTF-32; the declaration may name another encoding. */
    private static Optional<FileProblem> checkStart(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == 0 || bytes[1] == 0)) {
            return Optional.of(new FileProblem(1, 1, "The file is in UTF-16 (or UTF-32), not UTF-8. "
                    + "Census files must be UTF-8: save it again as UTF-8."));
        }
        String start = new String(bytes, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(start);
        if (declared.find()) {
            String encoding = declared.group(1).trim().toUpperCase(Locale.ROOT);
            if (!List.of("UTF-8", "UTF8").contains(encoding)) {
                int column = declared.start(1) + 1 - (start.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0);
                return Optional.of(new FileProblem(1, column, "The file says it is in the encoding \""
                        + declared.group(1) + "\", not UTF-8. Census files must be UTF-8: "
                        + "save it again as UTF-8 (and say encoding=\"UTF-8\")."));
            }
        }
        return Optional.empty();
    }

    private Optional<FileProblem> decode(ByteBuffer bytes, boolean endOfInput) {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            count();
            if (result.isError()) {
                int at = bytes.position();
                String shown = String.format("0x%02X", bytes.get(at) & 0xFF);
                return Optional.of(new FileProblem(line, column, "The file is not valid UTF-8 here (byte "
                        + shown + "). Census files must be UTF-8: it may have been saved as Windows-1252 "
                        + "or Latin-1; save it again as UTF-8."));
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    count();
                    if (bytes.hasRemaining()) {
                        return Optional.of(new FileProblem(line, column,
                                "The file ends in the middle of a character: it is not valid UTF-8 "
                                        + "(it may have been cut off)."));
                    }
                }
                return Optional.empty();
            }
        }
    }

    /** Keeps the line and column of the next character, as an editor counts them. */
    private void count() {
        chars.flip();
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\n') {
                if (!lastWasCarriageReturn) {
                    line++;
                }
                column = 1;
                lastWasCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                lastWasCarriageReturn = true;
            } else {
                if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                lastWasCarriageReturn = false;
            }
        }
        chars.clear();
    }
}
