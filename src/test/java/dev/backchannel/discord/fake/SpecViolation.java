package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.backchannel.discord.fake.RestRoute.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that Discord's API description does not allow: what is wrong with it, and the answer
 * Discord gives such a request, which the fake sends instead of handling it.
 */
record SpecViolation(RecordedRequest request, List<String> problems, Response response) {

    private static final int INVALID_FORM_BODY = 50035;

    SpecViolation {
        problems = List.copyOf(problems);
    }

    static SpecViolation unknownPath(RecordedRequest request) {
        return new SpecViolation(
                request,
                List.of("Discord's API has no path " + request.path()),
                Response.error(404, 0, "404: Not Found"));
    }

    static SpecViolation unknownMethod(RecordedRequest request, String template) {
        return new SpecViolation(
                request,
                List.of("Discord's API has no " + request.method() + " on " + template),
                Response.error(405, 0, "405: Method Not Allowed"));
    }

    static SpecViolation missingBody(RecordedRequest request, String template) {
        return new SpecViolation(
                request,
                List.of(request.method() + " " + template + " requires a body"),
                Response.error(400, INVALID_FORM_BODY, "Invalid Form Body"));
    }

    static SpecViolation uncheckable(RecordedRequest request, RuntimeException failure) {
        return new SpecViolation(
                request,
                List.of("the fake Discord could not check it: " + failure),
                Response.error(500, 0, "Fake Discord could not check the request: " + failure));
    }

    /**
     * The schema's errors, deepest first: where a union of schemas failed, every alternative
     * reports its errors, and the deepest is most often in the alternative that was meant.
     */
    static SpecViolation invalidBody(RecordedRequest request, List<Error> errors) {
        List<Error> deepestFirst = errors.stream()
                .sorted(Comparator.comparingInt(
                                (Error error) -> error.getInstanceLocation().getNameCount())
                        .reversed())
                .toList();
        List<String> problems = deepestFirst.stream()
                .map(error -> where(error.getInstanceLocation()) + ": " + error.getMessage())
                .distinct()
                .toList();
        return new SpecViolation(request, problems, invalidFormBody(deepestFirst));
    }

    /** Discord's 50035: an {@code errors} object shaped like the body, each field's {@code _errors}. */
    private static Response invalidFormBody(List<Error> errors) {
        Response response = Response.error(400, INVALID_FORM_BODY, "Invalid Form Body");
        ObjectNode tree = ((ObjectNode) response.body()).putObject("errors");
        for (Error error : errors) {
            ObjectNode field = tree;
            NodePath location = error.getInstanceLocation();
            for (int i = 0; i < location.getNameCount(); i++) {
                field = field.withObjectProperty(String.valueOf(location.getElement(i)));
            }
            field.withArrayProperty("_errors")
                    .addObject()
                    .put("code", error.getKeyword())
                    .put("message", error.getMessage());
        }
        return response;
    }

    private static String where(NodePath location) {
        return location.getNameCount() == 0 ? "the body" : location.toString();
    }

    @Override
    public String toString() {
        return request + problems.stream().map(p -> "\n    " + p).collect(Collectors.joining());
    }
}
