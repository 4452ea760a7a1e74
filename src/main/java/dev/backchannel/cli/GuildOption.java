package dev.backchannel.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --guild ID}, required: the Discord server a console command acts on. */
final class GuildOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--guild", required = true, paramLabel = "ID", description = "The Discord server's ID.")
    private String guild;

    /** The server's id, checked: a name or a typo would act on an empty server that looks real. */
    String id() {
        if (!guild.matches("\\d{1,20}")) {
            throw new ParameterException(
                    spec.commandLine(), "--guild takes a Discord server ID (digits), not '" + guild + "'");
        }
        return guild;
    }
}
