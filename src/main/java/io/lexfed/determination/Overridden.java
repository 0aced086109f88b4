package io.lexfed.determination;

/**
 * A conclusion that was reached and then displaced, with the rule that displaced it (absent when
 * the conclusion was simply not decisive) and the principle that decided the displacement.
 */
public record Overridden(Reason conclusion, String displacedBy, Principle principle) {
}
