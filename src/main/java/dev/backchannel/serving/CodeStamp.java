package dev.backchannel.serving;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Which build of the code is running, as the jar's size and time: what a cache of work done by
 * the code must be keyed by, so a new build never reads what an older one wrote.
 */
final class CodeStamp {

    private CodeStamp() {}

    /** Empty when the classes are not read from a jar (tests, an IDE): then nothing says which build. */
    static Optional<String> ofRunningJar() {
        CodeSource source = CodeStamp.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of(jar.toAbsolutePath() + ":" + Files.size(jar) + ":"
                    + Files.getLastModifiedTime(jar).toMillis());
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
