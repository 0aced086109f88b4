package io.lexfed.cli;

import io.lexfed.LexFed;
import io.lexfed.json.LexFedJson;
import io.lexfed.registry.Doctrine;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading scenario files safely: size-limited, UTF-8 checked, every failure a one-line message. */
final class Inputs {
    /** A scenario is a few kilobytes; anything over this is refused before it is parsed. */
    static final int MAX_BYTES = 1 << 20;

    private Inputs() {
    }

    static Scenario scenario(String file) {
        String text = text(file);
        try {
            return LexFedJson.readScenario(text);
        } catch (InvalidScenarioException e) {
            throw new BadInputException(file, e.getMessage());
        }
    }

    /** Refuses a {@code --doctrine} value the registry does not know; null (no filter) passes. */
    static void knownDoctrine(String doctrine) {
        List<String> known = LexFed.doctrines().stream().map(Doctrine::id).toList();
        if (doctrine != null && !known.contains(doctrine)) {
            throw new BadInputException("--doctrine", "unknown doctrine '" + doctrine + "'; expected one of " + known);
        }
    }

    static String text(String file) {
        byte[] bytes = "-".equals(file) ? stdin() : bytes(file);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(file, "input is over " + MAX_BYTES + " bytes; a scenario is expected to be a small JSON object");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "not UTF-8 text; expected a JSON scenario");
        }
        if (text.isBlank()) {
            throw new BadInputException(file, "empty input; expected a JSON scenario object");
        }
        return text;
    }

    private static byte[] bytes(String file) {
        Path p = Path.of(file);
        if (!Files.exists(p)) {
            throw new BadInputException(file, "no such file");
        }
        if (!Files.isRegularFile(p)) {
            throw new BadInputException(file, "not a regular file");
        }
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new BadInputException(file, "file is " + Files.size(p) + " bytes, over the " + MAX_BYTES
                        + "-byte limit; a scenario is expected to be a small JSON object");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static byte[] stdin() {
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes;
        } catch (IOException e) {
            throw new BadInputException("-", "cannot read standard input: " + e.getMessage());
        }
    }
}
