package org.opencsc.person;

/** A value from a national code list: the code stored and sent in returns, and its label. */
public interface CodedValue {
    String code();

    String label();
}
