package io.lexfed.cli;

/** Input the CLI refuses: it becomes exit status 2 and one line on stderr naming the source. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String source, String problem) {
        super(source + ": " + problem);
    }
}
