package dev.backchannel;

import dev.backchannel.cli.BackchannelCommand;
import java.nio.file.Path;

/** Entry point: the command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Nothing opens a window: the timeline is drawn off screen, on machines without a display too.
        System.setProperty("java.awt.headless", "true");
        Path home = Path.of(System.getProperty("backchannel.home", "")).toAbsolutePath();
        int code = BackchannelCommand.commandLine(home, System.getenv(), System.in, System.out, System.err)
                .execute(args);
        System.exit(code);
    }
}
