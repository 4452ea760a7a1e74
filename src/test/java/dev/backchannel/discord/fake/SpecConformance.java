package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.backchannel.discord.fake.DiscordApiSpec.SpecOperation;
import dev.backchannel.discord.fake.DiscordApiSpec.SpecPath;
import java.util.List;
import java.util.Optional;

/**
 * Whether a request the fake received is one Discord's API description allows: its method and path
 * among the spec's paths, and its JSON body (a multipart request's {@code payload_json}) valid
 * against the operation's request schema once {@link JdaSerialization} has put JDA's own
 * serialization choices into the form the spec describes.
 */
final class SpecConformance {

    private final DiscordApiSpec spec;
    private final JdaSerialization jda;

    SpecConformance(DiscordApiSpec spec, JdaSerialization jda) {
        this.spec = spec;
        this.jda = jda;
    }

    /** What is wrong with a request below {@code /api/v10}, if anything. */
    Optional<SpecViolation> check(RecordedRequest request) {
        Optional<SpecPath> path = spec.path(request.path());
        if (path.isEmpty()) {
            return Optional.of(SpecViolation.unknownPath(request));
        }
        Optional<SpecOperation> operation = path.get().operation(request.method());
        if (operation.isEmpty()) {
            return Optional.of(SpecViolation.unknownMethod(request, path.get().template()));
        }
        return checkBody(request, operation.get());
    }

    private Optional<SpecViolation> checkBody(RecordedRequest request, SpecOperation operation) {
        if (request.body().isMissingNode()) {
            return operation.bodyRequired()
                    ? Optional.of(SpecViolation.missingBody(request, operation.pathTemplate()))
                    : Optional.empty();
        }
        if (operation.requestSchema().isEmpty()) {
            return Optional.empty();
        }
        JsonNode described = jda.asDescribed(operation, request.body());
        List<Error> errors = operation.requestSchema().get().validate(described);
        return errors.isEmpty() ? Optional.empty() : Optional.of(SpecViolation.invalidBody(request, errors));
    }
}
