package org.opencsc.security;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when a user asks for a record they may not see; the refusal is logged first. */
public class RecordAccessDeniedException extends AccessDeniedException {

    public RecordAccessDeniedException(String message) {
        super(message);
    }
}
