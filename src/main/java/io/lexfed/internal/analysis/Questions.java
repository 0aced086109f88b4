package io.lexfed.internal.analysis;

import io.lexfed.internal.catalogue.Catalogue;
import io.lexfed.internal.catalogue.Fact;

/** The question a lawyer would ask to learn a fact, from the fact catalogue. */
final class Questions {
    private Questions() {
    }

    static String of(String path) {
        return Catalogue.fact(path).map(Fact::question).orElse("What is " + path + "?");
    }
}
