package io.lexfed.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The links the page puts on citations, as {@code rules/authorities.yaml} gives them: every one over
 * https, and the federal Constitution's clauses at the Constitution Annotated rather than at blogs
 * and report aggregators. Reads the YAML itself, so it holds whatever class loads the registry.
 */
class AuthorityLinksTest {
    static final List<Map<String, Object>> AUTHORITIES = read();

    static List<Map<String, Object>> read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Path.of("rules/authorities.yaml").toFile(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyAuthorityLinksOverHttpsToANamedHost() {
        assertThat(AUTHORITIES).hasSizeGreaterThan(100);
        assertThat(AUTHORITIES).allSatisfy(a -> {
            String url = (String) a.get("url");
            assertThat(url).as(a.get("id") + "'s url").startsWith("https://");
            assertThat(URI.create(url).getHost()).as(a.get("id") + "'s host").isNotBlank().doesNotEndWith(".");
        });
    }

    @Test
    void theFederalConstitutionIsCitedToTheConstitutionAnnotated() {
        List<Map<String, Object>> clauses = AUTHORITIES.stream()
                .filter(a -> "CONSTITUTION".equals(a.get("kind")) && "US".equals(a.get("jurisdiction"))).toList();
        assertThat(clauses).extracting(a -> a.get("id")).contains("us-const-amend-i", "us-const-art-vi-cl-2", "us-const-amend-iv");
        assertThat(clauses).allSatisfy(a -> assertThat((String) a.get("url")).as(a.get("id") + "'s url")
                .startsWith("https://constitution.congress.gov/browse/"));
    }
}
