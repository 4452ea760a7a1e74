package dev.backchannel.index;

import dev.backchannel.resources.JarCopies;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A model's files copied out of the jar once, so that later starts read them from disk: loading
 * the shipped model from the jar inflated 34 MB on every start, about 0.7 s of a cold {@code ask}.
 * A copy is named after its jar entry's checksum, so a new model gets a new copy and an old copy
 * is never mistaken for it.
 */
final class ModelFiles {

    private static final String RUNTIME_PATH = "onnxruntime.native.path";
    private static final List<String> RUNTIME_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private ModelFiles() {}

    /**
     * The resource as a file in {@code dir}, copied there on first use; empty when it is not in the
     * jar or cannot be copied, and the caller then reads it from the jar as before.
     */
    static Optional<Path> of(String resource, Path dir) {
        return JarCopies.checksum(resource)
                .flatMap(version -> JarCopies.copy(resource, dir.resolve(version + "-" + resource)));
    }

    /**
     * ONNX Runtime's native libraries for this platform, copied once into a folder of {@code dir}
     * named after their checksum, which the runtime is then told to load them from
     * ({@code onnxruntime.native.path}): otherwise it writes 16 MB out of the jar to a temporary
     * folder on every start, about 0.1 s of a cold {@code ask}. Nothing is changed when the path is
     * set already, the platform is not one the jar has libraries for, or a copy fails.
     */
    static void useRuntimeLibrariesIn(Path dir) {
        if (System.getProperty(RUNTIME_PATH) == null) {
            runtimeLibraries(dir)
                    .ifPresent(folder -> System.setProperty(
                            RUNTIME_PATH, folder.toAbsolutePath().toString()));
        }
    }

    /** The folder of {@code dir} holding copies of the runtime's libraries for this platform. */
    static Optional<Path> runtimeLibraries(Path dir) {
        Optional<String> platform = runtimePlatform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        List<String> resources = RUNTIME_LIBRARIES.stream()
                .map(name -> "ai/onnxruntime/native/" + platform.get() + "/" + System.mapLibraryName(name))
                .toList();
        Optional<Path> folder =
                JarCopies.checksum(resources.get(0)).map(version -> dir.resolve("onnxruntime-" + version));
        boolean copied = folder.isPresent()
                && resources.stream()
                        .allMatch(resource -> JarCopies.copy(
                                        resource,
                                        folder.get().resolve(Path.of(resource).getFileName()))
                                .isPresent());
        return copied ? folder : Optional.empty();
    }

    /** The runtime's name for this platform, as its jar lays out its libraries. */
    private static Optional<String> runtimePlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64")
                ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
