package org.opencsc.platform.web;

/** A record that does not exist (or was never there): a 404 page, or a 404 problem+json. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
