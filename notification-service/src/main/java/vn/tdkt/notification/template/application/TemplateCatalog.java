package vn.tdkt.notification.template.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.template.domain.TemplateId;

/**
 * The release's seed templates, {@code templates/notices.<lang>.yml}: one subject and body per notice kind and
 * language, and the e-mail footer of each language. Every kind must have a Vietnamese template (the fallback).
 */
@Component
public class TemplateCatalog {

    private final Map<TemplateId, Seed> seeds = new LinkedHashMap<>();
    private final Map<Language, String> footers = new EnumMap<>(Language.class);

    public TemplateCatalog() {
        for (Language language : Language.values()) {
            load(language);
        }
        for (NoticeKind kind : NoticeKind.values()) {
            if (!seeds.containsKey(new TemplateId(kind, Language.VI))) {
                throw new IllegalStateException("templates/notices.vi.yml has no template for " + kind);
            }
        }
    }

    /** A seed template and the hash that tells whether a newer release changed it. */
    public record Seed(TemplateId id, String subject, String body, String hash) {
    }

    public Map<TemplateId, Seed> seeds() {
        return Map.copyOf(seeds);
    }

    public Optional<Seed> seed(TemplateId id) {
        return Optional.ofNullable(seeds.get(id));
    }

    /** The seed of the kind in the language, or the Vietnamese one. */
    public Seed seedOrVietnamese(NoticeKind kind, Language language) {
        return seed(new TemplateId(kind, language)).orElseGet(() -> seeds.get(new TemplateId(kind, Language.VI)));
    }

    public String footer(Language language) {
        return footers.getOrDefault(language, footers.getOrDefault(Language.VI, ""));
    }

    @SuppressWarnings("unchecked")
    private void load(Language language) {
        ClassPathResource resource = new ClassPathResource("templates/notices." + language.tag() + ".yml");
        if (!resource.exists()) {
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            footers.put(language, String.valueOf(root.getOrDefault("footer", "")));
            Map<String, Map<String, String>> templates = (Map<String, Map<String, String>>) root.get("templates");
            templates.forEach((kind, template) -> {
                TemplateId id = new TemplateId(NoticeKind.valueOf(kind), language);
                String subject = template.get("subject");
                String body = template.get("body");
                seeds.put(id, new Seed(id, subject, body, hash(subject + "\u0000" + body)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
