package org.opencsc.platform.web;

/**
 * Someone else changed the thing being edited since it was loaded, or it has already been
 * done (a decision recorded twice). Answered with 409; pages show the message and keep the input.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
