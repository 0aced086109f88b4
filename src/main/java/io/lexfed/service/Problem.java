package io.lexfed.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An RFC 9457 problem detail: the service's one shape for every error. {@code type} and
 * {@code title} are fixed per {@link Kind}; {@code detail} says what was wrong with this request;
 * {@code kind} repeats the kind as a stable name for clients that switch on it, and {@code path}
 * names the JSON path of the offending field when there is one.
 */
record Problem(Kind kind, String detail, String path, String instance) {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=utf-8";
    /** Where the kinds are described; each type is this plus the kind's slug. */
    static final String TYPE_BASE = "https://lexfed.io/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of problem, each with its status and title. */
    enum Kind {
        BAD_INPUT(400, "The request is not valid"),
        NOT_FOUND(404, "No such resource"),
        METHOD_NOT_ALLOWED(405, "Method not allowed"),
        TIMEOUT(408, "The request did not arrive in time"),
        TOO_LARGE(413, "The request body is too large"),
        URI_TOO_LONG(414, "The request URI is too long"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
        HEADERS_TOO_LARGE(431, "The request headers are too large"),
        INTERNAL(500, "Internal error"),
        OVERLOADED(503, "The service is busy"),
        NOT_READY(503, "The service is not ready yet");

        final int status;
        final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        String type() {
            return TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    Problem(Kind kind, String detail) {
        this(kind, detail, null, null);
    }

    Problem at(String requestPath) {
        return new Problem(kind, detail, path, requestPath);
    }

    int status() {
        return kind.status;
    }

    byte[] json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", kind.type());
        o.put("title", kind.title);
        o.put("status", kind.status);
        o.put("detail", detail);
        if (instance != null) {
            o.put("instance", instance);
        }
        o.put("kind", kind.name());
        if (path != null) {
            o.put("path", path);
        }
        return o.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }
}
