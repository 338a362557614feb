package org.opencsc.demo;

import java.util.List;

/** The generator's name lists, opened to the benchmark (which lives in another package) without widening DemoNames. */
public final class DemoNameLists {

    private DemoNameLists() {
    }

    public static List<String> familyNames() {
        return DemoNames.FAMILY;
    }

    /** Given names of children and adults alike. */
    public static List<String> givenNames() {
        return java.util.stream.Stream.of(DemoNames.GIRLS, DemoNames.BOYS, DemoNames.WOMEN, DemoNames.MEN)
                .flatMap(List::stream).distinct().toList();
    }
}
